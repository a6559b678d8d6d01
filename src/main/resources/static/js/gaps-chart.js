// Draws the gaps chart (unmet needs by category) from data attributes; the table on the page is its alternative.
(function () {
  const gaps = document.getElementById('gaps-chart');
  if (gaps && window.Chart) {
    new Chart(gaps, {
      type: 'bar',
      data: {
        labels: gaps.dataset.labels.split('|'),
        datasets: [{ label: 'Unmet needs', data: gaps.dataset.values.split('|').map(Number), backgroundColor: '#005eb8' }]
      },
      options: { animation: false, plugins: { legend: { display: false } },
                 scales: { y: { beginAtZero: true, title: { display: true, text: 'Unmet needs (totals of 5 or more)' } } } }
    });
  }
})();
