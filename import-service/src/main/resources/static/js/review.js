// Review and submit: the summary is rendered by the server; this script pages the selection's drafts, opens a draft's
// details and fix form, submits the selection once and follows its outcomes by their counts.
(function () {
  'use strict';
  const { api, el, show, fieldLabel, detailText } = window.QboBridge;
  const page = document.getElementById('review-page');
  if (!page || !page.dataset.selectionId) return;
  const importId = page.dataset.importId;
  const base = '/api/imports/' + importId + '/selections/' + page.dataset.selectionId;
  const pageSize = 25;
  let pageNumber = 0;
  let rowsPage = { totalPages: 0, totalElements: 0 };
  let code = '';
  let polling = null;
  let lastOutcomes = '';
  const open = new Set();

  const FIELDS = [
    ['creditorReference', 'input'], ['caseDate', 'input', 'YYYY-MM-DD'], ['dueDate', 'input', 'YYYY-MM-DD'],
    ['amountToRecover', 'input'], ['currency', 'input'], ['jurisdiction', 'input'], ['debtor.type', 'select'],
    ['debtor.name', 'input'], ['debtor.email', 'input'], ['debtor.phone', 'input'],
    ['debtor.address.lines', 'textarea'], ['debtor.address.city', 'input'], ['debtor.address.region', 'input'],
    ['debtor.address.postalCode', 'input'], ['debtor.address.country', 'input']
  ];

  function valueAt(draft, path) {
    let value = draft;
    path.split('.').forEach((part) => { value = value === null || value === undefined ? null : value[part]; });
    if (Array.isArray(value)) return value.join('\n');
    return value === null || value === undefined ? '' : String(value);
  }

  function fixBody(form) {
    const body = { debtor: { address: { lines: [] } } };
    form.querySelectorAll('input, select, textarea').forEach((input) => {
      const path = input.name.split('.');
      const value = input.value.trim();
      let target = body;
      path.slice(0, -1).forEach((part) => { target = target[part] = target[part] || {}; });
      const last = path[path.length - 1];
      if (last === 'lines') target.lines = value ? value.split('\n').map((line) => line.trim()).filter(Boolean) : [];
      else target[last] = value === '' ? null : value;
    });
    return body;
  }

  function fixForm(view) {
    const id = view.draftId;
    const form = el('form', { class: 'fix-form grid', id: 'fix-form-' + id, novalidate: true,
      'aria-label': 'Fix invoice ' + (view.invoiceNumber || view.invoiceId) });
    FIELDS.forEach(([path, kind, placeholder]) => {
      const inputId = 'fix-' + id + '-' + path.replace(/\./g, '-');
      form.append(el('label', { for: inputId, text: fieldLabel(path) }));
      let input;
      if (kind === 'select') {
        input = el('select', { id: inputId, name: path }, [
          el('option', { value: '', text: 'Unknown' }), el('option', { value: 'COMPANY', text: 'Company' }),
          el('option', { value: 'PERSON', text: 'Person' })]);
      } else if (kind === 'textarea') {
        input = el('textarea', { id: inputId, name: path, rows: '2' });
      } else {
        input = el('input', { id: inputId, name: path, placeholder: placeholder || null });
      }
      input.value = valueAt(view.draft, path);
      form.append(input);
    });
    const result = el('span', { class: 'fix-result', id: 'fix-result-' + id, role: 'status' });
    form.append(el('span'), el('div', {}, [
      el('button', { type: 'submit', id: 'revalidate-' + id, class: 'secondary', text: 'Save and check again' }), ' ', result]));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      result.textContent = 'Checking…';
      try {
        const draft = await api('PUT', '/api/imports/' + importId + '/drafts/' + id, fixBody(form));
        result.textContent = draft.status === 'READY' ? 'Ready: it can become a case now.' : 'Still needs attention.';
        result.dataset.status = draft.status;
        const status = document.getElementById('status-' + id);
        status.dataset.status = draft.status;
        status.textContent = draft.statusLabel;
        status.className = 'badge ' + (draft.status === 'READY' ? 'ok' : 'warn');
        await refreshSummary();
      } catch (error) {
        const fields = (error.problem.errors || []).map((e) => fieldLabel(e.field) + ' ' + e.message).join('; ');
        result.textContent = fields || error.message;
        result.dataset.status = 'ERROR';
      }
    });
    return form;
  }

  async function details(row, cell) {
    try {
      const view = await api('GET', '/api/imports/' + importId + '/drafts/' + row.draftId);
      const facts = el('dl', { class: 'case', id: 'case-' + row.draftId }, [
        el('dt', { text: 'QuickBooks invoice' }),
        el('dd', { text: view.draft.source.invoiceId + ' (company ' + view.draft.source.realmId + ')' }),
        el('dt', { text: fieldLabel('invoiceTotal') }), el('dd', { text: String(view.draft.invoiceTotal ?? '') }),
        el('dt', { text: 'Days overdue' }), el('dd', { text: String(view.daysOverdue) })]);
      cell.replaceChildren(facts, issueList(row.issues, 'violations-' + row.draftId), fixForm(view));
    } catch (error) {
      cell.replaceChildren(el('p', { class: 'problem', text: error.message }));
    }
  }

  function issueList(issues, id) {
    return el('ul', { class: 'violations', id: id, 'data-testid': 'violations' },
      issues.map((i) => el('li', { 'data-field': i.field, 'data-code': i.code, class: i.blocking ? 'blocking' : 'warning', text: i.text })));
  }

  function outcomeCell(row) {
    const cell = el('td', { id: 'outcome-' + row.draftId, 'data-testid': 'row-notes' });
    if (row.caseId && (row.fate === 'CASE_CREATED' || row.fate === 'DUPLICATE' || row.fate === 'ALREADY_A_CASE')) {
      cell.append(el('a', { href: '/cases/' + row.caseId, id: 'case-link-' + row.draftId, text: 'Open case' }));
    } else if (row.status === null || row.status === 'APPROVED') {
      cell.textContent = detailText(row.detail);
    } else {
      const blocking = row.issues.filter((i) => i.blocking).length;
      const warnings = row.issues.length - blocking;
      cell.textContent = [blocking ? blocking + ' to fix' : '', warnings ? warnings + ' warning(s)' : ''].filter(Boolean).join(', ');
    }
    return cell;
  }

  function renderRows(rows) {
    const body = document.getElementById('review-body');
    body.replaceChildren();
    rows.forEach((row) => {
      const id = row.draftId;
      const fate = row.fate || '';
      const toggle = el('button', { type: 'button', class: 'link', id: 'expand-' + id, 'aria-expanded': 'false',
        'aria-controls': 'details-' + id, disabled: row.status === null || row.status === 'APPROVED',
        'aria-label': 'Details of invoice ' + (row.invoiceNumber || row.invoiceId || id), text: '▸' });
      const tr = el('tr', { id: 'review-row-' + id, 'data-testid': 'review-row',
        dataset: { draftId: id, status: row.status || 'GONE', outcome: fate } }, [
        el('td', {}, [toggle]),
        el('td', { text: row.invoiceNumber || row.invoiceId || '' }),
        el('td', { text: row.debtorName || '' }),
        el('td', { class: 'number', text: row.amount !== null ? row.amount + ' ' + (row.currency || '') : '' }),
        el('td', { text: row.dueDate || '' }),
        el('td', {}, [el('span', { id: 'status-' + id, 'data-testid': 'draft-status', dataset: { status: row.status || fate },
          class: 'badge ' + (row.status === 'READY' || fate === 'CASE_CREATED' ? 'ok' : 'warn'), text: row.statusLabel })]),
        outcomeCell(row)
      ]);
      const detailCell = el('td', { colspan: '7' });
      const detailRow = el('tr', { id: 'details-' + id, class: 'details', hidden: true }, [detailCell]);
      toggle.addEventListener('click', () => {
        const expanded = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', String(!expanded));
        toggle.textContent = expanded ? '▸' : '▾';
        detailRow.hidden = expanded;
        if (expanded) open.delete(id); else { open.add(id); details(row, detailCell); }
      });
      body.append(tr, detailRow);
      if (open.has(id) && row.status !== null && row.status !== 'APPROVED') {
        toggle.setAttribute('aria-expanded', 'true');
        toggle.textContent = '▾';
        detailRow.hidden = false;
        details(row, detailCell);
      }
    });
    const pages = Math.max(1, rowsPage.totalPages);
    document.getElementById('review-page-info').textContent = 'Page ' + (pageNumber + 1) + ' of ' + pages
      + ' (' + rowsPage.totalElements + ' drafts)';
    document.getElementById('review-prev').disabled = pageNumber <= 0;
    document.getElementById('review-next').disabled = pageNumber + 1 >= rowsPage.totalPages;
  }

  async function loadRows() {
    const query = new URLSearchParams({ page: String(pageNumber), size: String(pageSize) });
    const status = document.getElementById('row-filter').value;
    if (status) query.set('status', status);
    if (code) query.set('code', code);
    try {
      rowsPage = await api('GET', base + '/rows?' + query);
      if (rowsPage.totalPages > 0 && pageNumber >= rowsPage.totalPages) { pageNumber = rowsPage.totalPages - 1; return loadRows(); }
      // A selection of one draft (the import table's "Fix") opens it at once.
      if (rowsPage.totalElements === 1 && !status && !code && rowsPage.content[0].status === 'NEEDS_ATTENTION') open.add(rowsPage.content[0].draftId);
      renderRows(rowsPage.content);
    } catch (error) { show(document.getElementById('review-error'), error.message); }
  }

  function groupItems(groups) {
    return groups.map((g) => el('li', {}, [el('button', { type: 'button', class: 'link issue-filter', id: 'group-' + g.code,
      dataset: { code: g.code, count: String(g.drafts) }, text: g.drafts + ': ' + g.label })]));
  }

  function setCount(id, value) {
    const node = document.getElementById(id);
    node.textContent = String(value);
    node.dataset.count = String(value);
  }

  async function refreshSummary() {
    const answer = await api('GET', base);
    const s = answer.summary;
    setCount('summary-ready', s.ready);
    setCount('summary-needs-attention', s.needsAttention);
    setCount('summary-approved', s.approved);
    setCount('summary-gone', s.gone);
    document.getElementById('summary-due').textContent = s.earliestDue ? s.earliestDue + ' to ' + s.latestDue : 'none';
    document.getElementById('summary-amounts-body').replaceChildren(...s.amounts.map((t) => el('tr',
      { 'data-testid': 'currency-total', dataset: { currency: t.currency } }, [el('td', { text: t.currency }),
        el('td', { text: String(t.cases) }), el('td', { class: 'number', text: Number(t.total).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })])));
    document.getElementById('summary-warnings').replaceChildren(...groupItems(s.warnings));
    document.getElementById('summary-violations').replaceChildren(...groupItems(s.violations));
    document.getElementById('summary-warnings-none').hidden = s.warnings.length > 0;
    document.getElementById('summary-violations-none').hidden = s.violations.length > 0;
    const create = document.getElementById('create-cases');
    create.textContent = 'Create ' + s.ready + (s.ready === 1 ? ' case' : ' cases');
    create.disabled = s.ready === 0 || answer.selection.submitted;
  }

  async function pollOutcomes() {
    const outcomes = await api('GET', base + '/outcomes');
    const list = document.getElementById('outcome-counts');
    // Fates that have a case link to the Cases page, filtered to this import.
    const cases = '/cases?importId=' + encodeURIComponent(importId);
    list.replaceChildren(...outcomes.map((o) => el('li', { 'data-testid': 'outcome-count', dataset: { fate: o.fate, count: String(o.drafts) } },
      ['CASE_CREATED', 'DUPLICATE', 'ALREADY_A_CASE'].includes(o.fate)
        ? [el('a', { href: cases, 'data-testid': 'outcome-cases-link', text: o.label + ': ' + o.drafts })]
        : [o.label + ': ' + o.drafts])));
    document.getElementById('outcomes').hidden = false;
    const waiting = outcomes.some((o) => o.fate === 'APPROVED');
    document.getElementById('outcomes-done').hidden = waiting;
    const key = JSON.stringify(outcomes);
    if (key !== lastOutcomes) { lastOutcomes = key; loadRows(); }
    if (!waiting && polling) { clearInterval(polling); polling = null; }
  }

  function startPolling() {
    if (polling) return;
    pollOutcomes().catch(() => {});
    polling = setInterval(() => pollOutcomes().catch(() => {}), 1000);
  }

  document.getElementById('summary-warnings').parentElement.addEventListener('click', (event) => {
    const button = event.target.closest('.issue-filter');
    if (!button) return;
    code = button.dataset.code;
    document.getElementById('row-code-label').textContent = button.textContent;
    document.getElementById('row-code-filter').hidden = false;
    pageNumber = 0;
    loadRows();
    document.getElementById('rows-heading').scrollIntoView();
  });
  document.getElementById('clear-code-filter').addEventListener('click', () => {
    code = '';
    document.getElementById('row-code-filter').hidden = true;
    pageNumber = 0;
    loadRows();
  });
  document.getElementById('row-filter').addEventListener('change', () => { pageNumber = 0; loadRows(); });
  document.getElementById('review-prev').addEventListener('click', () => { if (pageNumber > 0) { pageNumber--; loadRows(); } });
  document.getElementById('review-next').addEventListener('click', () => {
    if (pageNumber + 1 < rowsPage.totalPages) { pageNumber++; loadRows(); }
  });
  const create = document.getElementById('create-cases');
  create.addEventListener('click', async () => {
    const error = document.getElementById('review-error');
    show(error, '');
    create.disabled = true;
    try {
      const answer = await api('POST', base + '/submission');
      create.textContent = answer.approved + (answer.approved === 1 ? ' case' : ' cases') + ' sent';
      startPolling();
    } catch (failure) {
      const refusals = (failure.problem.refusals || []).map((r) => detailText(r.reason)).join(' ');
      show(error, failure.message + (refusals ? ' ' + refusals : ''));
      create.disabled = false;
    }
  });

  QboBridge.labelsLoaded().then(() => {
    loadRows();
    if (page.dataset.submitted === 'true') startPolling();
  });
})();
