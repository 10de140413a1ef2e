// Draws the stats charts with Chart.js from the numbers in #stats[data-stats]; the tables stay for screen readers.
(function () {
  'use strict';
  var root = document.getElementById('stats');
  if (!root || !window.Chart) {
    return;
  }
  var stats = JSON.parse(root.dataset.stats);
  var accent = '#2453d6';
  function bar(id, labels, values, label) {
    var canvas = document.getElementById(id);
    if (!canvas || labels.length === 0) {
      return;
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: label, data: values, backgroundColor: accent }] },
      options: { animation: false, responsive: true, plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  bar('weekly-chart', stats.appliedPerWeek.map(function (w) { return w.week; }),
    stats.appliedPerWeek.map(function (w) { return w.count; }), 'Applied');
  var statuses = Object.keys(stats.byStatus);
  bar('funnel-chart', statuses.map(function (s) { return s.replace(/_/g, ' ').toLowerCase(); }),
    statuses.map(function (s) { return stats.byStatus[s]; }), 'Jobs');
  bar('resume-chart', stats.byResumeVersion.map(function (r) { return r.resumeVersion === 'none' ? 'not recorded' : r.resumeVersion.slice(0, 8); }),
    stats.byResumeVersion.map(function (r) { return r.applied === 0 ? 0 : Math.round(100 * r.responded / r.applied); }), 'Response rate %');
})();
