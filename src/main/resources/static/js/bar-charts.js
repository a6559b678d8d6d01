// Draws grouped bar charts with Chart.js from a JSON block beside each canvas (no inline script, so the content
// security policy holds); the table after each chart has the same figures. A null value (a suppressed figure) has
// no bar; a zero has a sliver, so that it is seen to be zero rather than missing. With "stacked", the datasets are
// stacked in one bar per label.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var colours = ['#005eb8', '#007f3b', '#ed8b00', '#330072', '#da291c', '#00a499'];
  document.querySelectorAll('canvas.pathway-bar-chart').forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source) {
      return;
    }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (set, i) {
          return {
            label: set.label,
            data: set.data,
            backgroundColor: colours[i % colours.length],
            minBarLength: data.stacked ? 0 : 3
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' } },
        scales: {
          x: { stacked: !!data.stacked },
          y: { stacked: !!data.stacked, min: 0, max: data.max, title: { display: true, text: data.axis } }
        }
      }
    });
  });
})();
