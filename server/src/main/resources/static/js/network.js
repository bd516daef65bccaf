// The actor page's network view: draws the actors linked by shared identifiers (from the page's own
// network.json endpoint), adds a clicked actor's neighbours, filters links by kind, opens an actor's page
// on double-click.
(function () {
  var container = document.getElementById('network');
  if (!container || typeof cytoscape !== 'function') {
    return;
  }
  var status = document.getElementById('network-status');
  var source = container.getAttribute('data-src');
  var pageBase = container.getAttribute('data-page');
  var center = container.getAttribute('data-center');
  var colours = {high: '#b00020', review: '#c77700', low: '#2e7d32'};
  var hubs = {};

  var cy = cytoscape({
    container: container,
    wheelSensitivity: 0.3,
    style: [
      {selector: 'node', style: {
        'label': 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
        'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)'}},
      {selector: 'node.center', style: {'border-width': 3, 'border-color': '#000'}},
      {selector: 'edge', style: {'width': 1.5, 'line-color': '#777', 'label': 'data(label)', 'font-size': 8,
        'curve-style': 'bezier', 'text-rotation': 'autorotate'}},
      {selector: 'edge.hub', style: {'line-style': 'dashed', 'line-color': '#bbb'}},
      {selector: '.filtered', style: {'display': 'none'}}
    ]
  });

  function add(network) {
    var added = 0;
    network.nodes.forEach(function (n) {
      if (cy.getElementById(n.id).empty()) {
        cy.add({group: 'nodes', classes: n.id === center ? 'center' : '', data: {
          id: n.id, label: n.id + ' ' + n.name, colour: colours[(n.riskBand || '').toLowerCase()] || '#607d8b',
          size: 18 + Math.round(30 * (n.centrality || 0))}});
        added++;
      }
    });
    network.edges.forEach(function (e) {
      var id = e.source < e.target ? e.source + '~' + e.target : e.target + '~' + e.source;
      if (cy.getElementById(id).empty()) {
        cy.add({group: 'edges', classes: e.hub ? 'hub' : '', data: {
          id: id, source: e.source, target: e.target, kinds: e.kinds, label: e.kinds.join(', ')}});
      }
    });
    (network.hubs || []).forEach(function (h) { hubs[h.value] = h.actors + (h.atLeast ? ' or more' : ''); });
    filter();
    cy.layout({name: 'cose', animate: false}).run();
    var notFollowed = Object.keys(hubs).sort().map(function (v) {
      return v.substring(v.indexOf(':') + 1) + ' (' + v.substring(0, v.indexOf(':')) + ', ' + hubs[v] + ' actors)';
    });
    status.textContent = cy.nodes().length + ' actors, ' + cy.edges().length + ' links'
      + (network.truncated ? ' (the neighbourhood was cut short: it is large)' : '') + '.'
      + (notFollowed.length ? ' Not followed, quoted by too many actors: ' + notFollowed.join('; ') + '.' : '');
    return added;
  }

  function load(url) {
    status.textContent = 'Loading…';
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (!r.ok) {
          throw new Error('the network could not be read (' + r.status + ')');
        }
        return r.json();
      })
      .then(add)
      .catch(function (err) { status.textContent = 'Network: ' + err.message; });
  }

  function shownKinds() {
    var kinds = [];
    document.querySelectorAll('#network-kinds input:checked').forEach(function (box) { kinds.push(box.value); });
    return kinds;
  }

  function filter() {
    var kinds = shownKinds();
    cy.edges().forEach(function (e) {
      var visible = e.data('kinds').some(function (k) { return kinds.indexOf(k) >= 0; });
      e.toggleClass('filtered', !visible);
    });
  }

  document.querySelectorAll('#network-kinds input').forEach(function (box) {
    box.addEventListener('change', filter);
  });
  cy.on('tap', 'node', function (event) {
    var id = event.target.id();
    load(pageBase + encodeURIComponent(id) + '/network.json?depth=1');
  });
  cy.on('dbltap', 'node', function (event) {
    window.location.href = pageBase + encodeURIComponent(event.target.id());
  });
  load(source);
})();
