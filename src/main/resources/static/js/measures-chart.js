// Draws each outcome measure's scores over time with Chart.js. The data comes from a JSON block beside each
// canvas (no inline script, so the content security policy holds); the table after each chart has the same figures.
// Points come in the order the measure was taken; the y-axis spans the scores' full range (never auto-scaled) and
// says which way is better; whole-number scores show without decimals.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var colours = ['#005eb8', '#da291c', '#007f3b', '#330072', '#ed8b00', '#00a499', '#7c2855', '#425563'];
  document.querySelectorAll('canvas.pathway-measure-chart').forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source) {
      return;
    }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (set, i) {
          return {
            label: set.label,
            data: set.data,
            borderColor: colours[i % colours.length],
            backgroundColor: colours[i % colours.length],
            pointRadius: 4,
            spanGaps: true
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { position: 'bottom' },
          title: { display: false },
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ': ' + Number(item.parsed.y).toFixed(data.decimals || 0);
              }
            }
          }
        },
        scales: {
          y: {
            min: data.min,
            max: data.max,
            title: { display: true, text: data.axis },
            ticks: { precision: 0 }
          }
        }
      }
    });
  });
})();
