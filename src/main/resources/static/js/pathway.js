import { initAll } from '../vendor/nhsuk-frontend.min.js';

// The NHS.UK frontend components (header menu, error summary focus, skip link...) start only on a page marked
// nhsuk-frontend-supported, which the design system does with an inline script that Pathway's content security
// policy refuses; so today initAll() starts none of them. Marking the page here was tried: it starts the header's
// responsive menu, which does not yet fit a 320 px screen nor pass axe's contrast check in this layout. Until that
// is done, conditional questions and the error summary's focus are handled below, under a mark of Pathway's own.
initAll();
document.documentElement.classList.add('pathway-js');
revealConditionalQuestions();
focusErrorSummary();

/**
 * A form that comes back with problems puts focus on their summary, as the design system's error summary does:
 * a screen reader reads the problems first, and the keyboard starts at their links.
 */
function focusErrorSummary() {
  const summary = document.querySelector('.nhsuk-error-summary');
  if (summary) {
    summary.focus();
  }
}

/**
 * A question that follows one answer of a radio group ("Which language?" after "Yes") is shown only while that
 * answer is chosen. The design system's radios do this too but also put aria-expanded on each radio, which ARIA
 * does not allow there (WCAG 4.1.2, as axe-core checks it); so groups marked data-pathway-conditional are handled
 * here, the way GOV.UK Frontend does it now: aria-controls on the radio, and nothing else.
 */
function revealConditionalQuestions() {
  document.querySelectorAll('[data-pathway-conditional]').forEach((group) => {
    const radios = [...group.querySelectorAll('input[type="radio"]')];
    const show = () => radios.forEach((radio) => {
      const id = radio.getAttribute('data-aria-controls');
      const question = id && document.getElementById(id);
      if (question) {
        radio.setAttribute('aria-controls', id);
        question.classList.toggle('nhsuk-radios__conditional--hidden', !radio.checked);
      }
    });
    group.addEventListener('change', show);
    show();
  });
}
