// Draws each indicator's small chart (and the 事務事業 cost chart, kind "cost") from the numbers in its canvas's
// data-chart attribute.
// The same numbers are in the table under every chart, which is what screen readers read;
// lines differ by dash and point shape as well as colour.
// Chart.js is loaded only when the first chart comes near the screen (the charts sit below the fold,
// and the library is most of the page's weight); until then, and without JavaScript, the tables stand.
(function () {
  'use strict';

  var library = document.currentScript ? document.currentScript.getAttribute('data-chart-library') : null;
  var waiting = [];
  var requested = false;

  function format(value, decimals, unit) {
    return value.toLocaleString('ja-JP', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) + unit;
  }

  // The cost chart: one bar per measure, 決算額 and 人件費 stacked to the トータルコスト; the table beside it has the numbers.
  function drawCost(canvas, data) {
    canvas.parentNode.style.height = (data.labels.length * 34 + 90) + 'px';
    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { label: data.settlementLabel, data: data.settlement, backgroundColor: '#1f5d3a', borderColor: '#1f5d3a', borderWidth: 1 },
          { label: data.personnelLabel, data: data.personnel, backgroundColor: '#ffffff', borderColor: '#1f5d3a', borderWidth: 2 }
        ]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: 'y',
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (context) {
                return context.dataset.label + ': ' + format(context.parsed.x, 0, data.unit);
              },
              footer: function (items) {
                return items.length ? data.totalLabel + ': ' + format(data.total[items[0].dataIndex], 0, data.unit) : '';
              }
            }
          }
        },
        scales: {
          x: {
            stacked: true,
            title: { display: true, text: data.unit },
            ticks: {
              callback: function (value) {
                return Number(value).toLocaleString('ja-JP');
              }
            }
          },
          y: { stacked: true }
        }
      }
    });
  }

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    if (data.kind === 'cost') {
      drawCost(canvas, data);
      return;
    }
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
            // A value worse than the baseline is drawn as a cross, and its tooltip says so in words.
            pointStyle: data.worse.map(function (w) { return w ? 'crossRot' : 'circle'; }),
            pointRadius: data.worse.map(function (w) { return w ? 8 : 5; }),
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
              },
              afterLabel: function (context) {
                return context.datasetIndex === 0 && data.notes[context.dataIndex] ? data.notes[context.dataIndex] : '';
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

  // Runs then() once Chart.js is there; the first call adds its script (same origin, so the CSP allows it).
  function withLibrary(then) {
    if (window.Chart) {
      then();
      return;
    }
    waiting.push(then);
    if (requested || !library) {
      return;
    }
    requested = true;
    var script = document.createElement('script');
    script.src = library;
    script.async = true;
    script.onload = function () {
      waiting.splice(0).forEach(function (callback) { callback(); });
    };
    document.head.appendChild(script); // on failure the tables carry the same numbers
  }

  function drawSoon(canvas) {
    withLibrary(function () { draw(canvas); });
  }

  function start() {
    var canvases = document.querySelectorAll('canvas[data-chart]');
    if (canvases.length === 0) {
      return;
    }
    if (!('IntersectionObserver' in window)) {
      canvases.forEach(drawSoon);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          drawSoon(entry.target);
        }
      });
    }, { rootMargin: '300px 0px' });
    canvases.forEach(function (canvas) { observer.observe(canvas); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
