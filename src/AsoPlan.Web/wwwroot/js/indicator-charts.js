// Draws each indicator's small chart from the numbers in its canvas's data-chart attribute.
// The same numbers are in the table under every chart, which is what screen readers read;
// lines differ by dash and point shape as well as colour.
(function () {
  'use strict';

  function format(value, decimals, unit) {
    return value.toLocaleString('ja-JP', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) + unit;
  }

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: data.actualLabel,
            data: data.actual,
            borderColor: '#1f5d3a',
            backgroundColor: '#1f5d3a',
            pointStyle: 'circle',
            pointRadius: 5,
            spanGaps: true
          },
          {
            label: data.pathLabel,
            data: data.path,
            borderColor: '#6c757d',
            backgroundColor: '#6c757d',
            borderDash: [6, 4],
            pointStyle: 'triangle',
            pointRadius: 4,
            spanGaps: true
          }
        ]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: function (context) {
                return context.dataset.label + ': ' + format(context.parsed.y, data.decimals, data.unit);
              }
            }
          }
        },
        scales: {
          y: {
            title: { display: true, text: data.unit },
            ticks: {
              callback: function (value) {
                return Number(value).toLocaleString('ja-JP');
              }
            }
          }
        }
      }
    });
  }

  function start() {
    if (!window.Chart) {
      return; // the tables carry the same numbers
    }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
