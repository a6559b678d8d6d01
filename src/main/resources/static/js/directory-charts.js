// Draws the directory charts from data attributes (no inline script, so the Content-Security-Policy holds).
// Each chart has a table alternative on the page.
(function () {
  const colours = ['#005eb8', '#007f3b', '#ed8b00', '#330072', '#d5281b', '#00a499', '#425563', '#ae2573'];

  const status = document.getElementById('status-chart');
  if (status && window.Chart) {
    const statuses = status.dataset.statuses.split('|');
    new Chart(status, {
      type: 'line',
      data: {
        labels: status.dataset.labels.split('|'),
        datasets: [{ label: 'Status', data: status.dataset.values.split('|'), stepped: true,
                     borderColor: colours[0], backgroundColor: colours[0], pointRadius: 4 }]
      },
      options: {
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { type: 'category', labels: statuses.slice().reverse(), offset: true } }
      }
    });
  }

  const area = document.getElementById('area-chart');
  if (area && window.Chart) {
    const series = area.dataset.series ? area.dataset.series.split('|') : [];
    new Chart(area, {
      type: 'line',
      data: {
        labels: area.dataset.labels.split('|'),
        datasets: series.map((s, i) => {
          const [name, values] = s.split('=');
          return { label: name, data: values.split(',').map(Number), borderColor: colours[i % colours.length],
                   backgroundColor: colours[i % colours.length], pointRadius: 0, tension: 0 };
        })
      },
      options: { animation: false, scales: { y: { beginAtZero: true, title: { display: true, text: 'Listings running' } } } }
    });
  }
})();
