// Shared helpers for the pages: API calls with the CSRF token, ProblemDetail errors, and safe text output.
(function () {
  'use strict';

  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return (token && header) ? { [header.content]: token.content } : {};
  }

  async function api(method, url, body) {
    const headers = Object.assign({ 'Accept': 'application/json' }, csrfHeaders());
    const init = { method: method, headers: headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(url, init);
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = { detail: text }; }
    if (!response.ok) {
      const error = new Error((data && (data.detail || data.title)) || ('HTTP ' + response.status));
      error.status = response.status;
      error.problem = data || {};
      throw error;
    }
    return data;
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (value === true) node.setAttribute(key, '');
      else node.setAttribute(key, value);
    });
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  function show(node, text) {
    if (!node) return;
    node.textContent = text || '';
    node.hidden = !text;
  }

  // The label table (field paths and rule codes to words), fetched once by the pages that show them: no script
  // shows a raw field path.
  let table = { fields: {}, reasons: {} };
  let labelsRequest = null;
  function labelsLoaded() {
    if (!labelsRequest) {
      labelsRequest = fetch('/api/labels', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then((response) => response.ok ? response.json() : table)
        .then((loaded) => { table = loaded; })
        .catch(() => {});
    }
    return labelsRequest;
  }

  function words(text) {
    const spaced = String(text).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  }

  function fieldLabel(field) {
    if (!field) return 'Case';
    return table.fields[field] || words(field.substring(field.lastIndexOf('.') + 1));
  }

  function reasonLabel(code) {
    if (!code) return 'Needs attention';
    return table.reasons[code] || words(code);
  }

  function issueText(issue) {
    return fieldLabel(issue.field) + ': ' + issue.message;
  }

  // Stored details name fields by path ("debtor.address.postalCode: ..."): show the field's name instead.
  function detailText(detail) {
    if (!detail) return '';
    return String(detail).replace(/(^|; |: )([a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)*): /g,
      (match, before, path) => before + ((table.fields[path] || path.indexOf('.') >= 0) ? fieldLabel(path) : path) + ': ');
  }

  window.QboBridge = { api: api, el: el, show: show, labelsLoaded: labelsLoaded, fieldLabel: fieldLabel,
    reasonLabel: reasonLabel, table: () => table, issueText: issueText, detailText: detailText };
})();
