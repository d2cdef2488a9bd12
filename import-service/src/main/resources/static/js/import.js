// One import's page: live progress over Server-Sent Events, the drafts table (sort, filter, select) and the report.
(function () {
  'use strict';
  const { api, el, show, detailText } = window.QboBridge;
  const page = document.getElementById('import-page');
  if (!page) return;
  const importId = page.dataset.importId;
  // The selection: listed drafts, or every ready draft of the import except some ("Select all ready" on 10,000
  // drafts keeps no 10,000 ids); the review page gets it as one stored selection.
  const selected = new Set();
  const excepted = new Set();
  let allReady = false;
  // The table shows one page; the server filters, sorts and pages, so a large import is never loaded whole.
  const pageSize = 50;
  let drafts = [];
  let draftsPage = { page: 0, totalPages: 0, totalElements: 0, counts: { all: 0 } };
  let pageNumber = 0;
  let sort = { key: 'sequence', direction: 1 };
  let draftsRequest = 0;
  let lastState = null;
  let lastReported = null;
  let reportPage = 0;
  let reportAnswer = { totalPages: 0, totalElements: 0 };
  let refreshTimer = null;
  let refreshDue = 0;

  function renderProgress(job) {
    const state = document.getElementById('import-state');
    state.textContent = job.stateLabel;
    state.dataset.state = job.state;
    const bar = document.getElementById('import-progress');
    bar.setAttribute('aria-valuenow', job.percent);
    bar.dataset.percent = job.percent;
    document.getElementById('import-progress-fill').style.width = job.percent + '%';
    document.getElementById('import-progress-label').textContent = job.percent + ' %';
    const total = job.totalInvoices !== null && job.totalInvoices !== undefined ? ' of ' + job.totalInvoices : '';
    document.getElementById('import-counts').textContent = job.invoicesFetched + total + ' invoices fetched, '
      + job.invoicesReported + ' checked';
    const failure = document.getElementById('import-failure');
    failure.hidden = !job.failure;
    if (job.failure) {
      document.getElementById('import-failure-message').textContent = job.failure.message;
      document.getElementById('import-failure-action').textContent = job.failure.actionLabel;
      document.getElementById('import-failure-action').dataset.action = job.failure.action;
      document.getElementById('import-failure-detail').textContent = job.failure.detail || '';
      document.getElementById('reconnect-link').hidden = !['RECONNECT', 'GRANT_PERMISSION', 'CONNECT'].includes(job.failure.action);
    }
    document.getElementById('discard-import').hidden = job.state === 'DISCARDED';
    // Progress updates only the counters above: the table reloads when the state changes, and otherwise offers
    // the drafts that arrived since, so a running import never re-renders the page every few seconds.
    if (job.state !== lastState) { scheduleRefresh(300); if (lastState !== null) loadGroups(); }
    else if (job.invoicesReported !== lastReported && job.state === 'READY') scheduleRefresh(1000);
    else if (job.invoicesReported !== lastReported) document.getElementById('drafts-refresh').hidden = false;
    lastState = job.state;
    lastReported = job.invoicesReported;
  }

  function scheduleRefresh(delay) {
    const due = Date.now() + delay;
    if (refreshTimer && refreshDue <= due) return;
    clearTimeout(refreshTimer);
    refreshDue = due;
    refreshTimer = setTimeout(() => { refreshTimer = null; loadDrafts(); }, delay);
  }

  function renderDrafts() {
    const body = document.getElementById('drafts-body');
    body.replaceChildren();
    drafts.forEach((d) => {
      const status = d.status === 'READY' ? 'ready' : d.status === 'NEEDS_ATTENTION' ? 'needs-attention' : 'approved';
      const box = el('input', { type: 'checkbox', id: 'select-' + d.draftId, class: 'draft-select',
        value: d.draftId, disabled: d.status !== 'READY', 'aria-label': 'Select invoice ' + (d.invoiceNumber || d.invoiceId) });
      box.checked = isSelected(d);
      box.addEventListener('change', () => {
        if (allReady) box.checked ? excepted.delete(d.draftId) : excepted.add(d.draftId);
        else box.checked ? selected.add(d.draftId) : selected.delete(d.draftId);
        updateSelection();
      });
      const statusCell = el('td', { 'data-testid': 'draft-status' }, [el('span', { class: 'badge ' + (status === 'ready' ? 'ok' : 'warn'), text: d.statusLabel })]);
      if (d.violations.length) {
        statusCell.append(el('ul', { class: 'reasons', 'data-testid': 'draft-reasons' },
          d.violations.map((v) => el('li', { 'data-field': v.field, text: QboBridge.issueText(v) }))));
        statusCell.append(el('a', { id: 'fix-' + d.draftId, href: '/imports/' + importId + '/review?draft=' + d.draftId, text: 'Fix' }));
      }
      body.append(el('tr', { 'data-testid': 'draft-row', dataset: { draftId: d.draftId, status: status } }, [
        el('td', {}, [box]),
        el('td', { 'data-testid': 'draft-invoice', text: d.invoiceNumber || d.invoiceId }),
        el('td', { 'data-testid': 'draft-debtor', text: d.debtorName || '' }),
        el('td', { 'data-testid': 'draft-amount', class: 'number', text: (d.amount !== null ? d.amount : '') + ' ' + (d.currency || '') }),
        el('td', { 'data-testid': 'draft-due-date', text: d.dueDate || '' }),
        el('td', { 'data-testid': 'draft-days-overdue', class: 'number', text: String(d.daysOverdue) }),
        statusCell
      ]));
    });
    document.getElementById('drafts-empty').hidden = draftsPage.counts.all > 0;
    const pages = Math.max(1, draftsPage.totalPages);
    document.getElementById('drafts-page-info').textContent = 'Page ' + (draftsPage.page + 1) + ' of ' + pages
      + ' (' + draftsPage.totalElements + ' invoices)';
    document.getElementById('drafts-prev').disabled = draftsPage.page <= 0;
    document.getElementById('drafts-next').disabled = draftsPage.page + 1 >= draftsPage.totalPages;
    updateSelection();
  }

  function isSelected(d) {
    return d.status === 'READY' && (allReady ? !excepted.has(d.draftId) : selected.has(d.draftId));
  }

  function selectionSize() {
    return allReady ? Math.max(0, draftsPage.counts.ready - excepted.size) : selected.size;
  }

  function updateSelection() {
    // Selections on other pages stay; a draft seen on this page that is no longer ready cannot stay selected.
    drafts.filter((d) => d.status !== 'READY').forEach((d) => selected.delete(d.draftId));
    const size = selectionSize();
    document.getElementById('selected-count').textContent = size + ' selected';
    document.getElementById('review-selected').disabled = size === 0;
  }

  async function loadDrafts() {
    try {
      const request = ++draftsRequest;
      const query = new URLSearchParams({
        status: document.getElementById('draft-filter').value,
        sort: sort.key,
        direction: sort.direction > 0 ? 'asc' : 'desc',
        page: String(pageNumber),
        size: String(pageSize)
      });
      const answer = await api('GET', '/api/imports/' + importId + '/drafts?' + query);
      if (request !== draftsRequest) return;
      if (answer.totalPages > 0 && pageNumber >= answer.totalPages) {
        // Drafts became cases or were fixed away from the filter: show the last page that still exists.
        pageNumber = answer.totalPages - 1;
        loadDrafts();
        return;
      }
      draftsPage = answer;
      drafts = answer.content;
      renderDrafts();
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  }

  async function loadReport() {
    try {
      const report = await api('GET', '/api/imports/' + importId + '/report/pages?page=' + reportPage + '&size=50');
      reportAnswer = report;
      const body = document.getElementById('report-body');
      body.replaceChildren(...report.content.map((r) => el('tr', { 'data-testid': 'report-row', dataset: { invoiceId: r.invoiceId, fate: r.fate } }, [
        el('td', { text: String(r.sequence) }),
        el('td', { text: r.invoiceNumber || r.invoiceId }),
        el('td', { text: r.fateLabel }),
        el('td', { text: r.detail || '' })
      ])));
      document.getElementById('report-page-info').textContent = 'Page ' + (report.page + 1) + ' of '
        + Math.max(1, report.totalPages) + ' (' + report.totalElements + ' invoices)';
      document.getElementById('report-prev').disabled = report.page <= 0;
      document.getElementById('report-next').disabled = report.page + 1 >= report.totalPages;
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  }

  document.getElementById('show-report').addEventListener('click', (event) => {
    const button = event.currentTarget;
    const panel = document.getElementById('report-panel');
    const opening = panel.hidden;
    panel.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    button.textContent = opening ? 'Hide the report' : 'Show the report';
    if (opening) loadReport();
  });
  document.getElementById('report-prev').addEventListener('click', () => { if (reportPage > 0) { reportPage--; loadReport(); } });
  document.getElementById('report-next').addEventListener('click', () => {
    if (reportPage + 1 < reportAnswer.totalPages) { reportPage++; loadReport(); }
  });
  document.getElementById('report-refresh').addEventListener('click', () => loadReport());
  document.getElementById('drafts-refresh').addEventListener('click', () => {
    document.getElementById('drafts-refresh').hidden = true;
    loadDrafts();
    loadGroups();
  });

  function connect() {
    const source = new EventSource('/api/imports/' + importId + '/events');
    source.addEventListener('progress', (event) => {
      const job = JSON.parse(event.data);
      renderProgress(job);
      if (job.state === 'FAILED' || job.state === 'DISCARDED') source.close();
    });
  }

  document.getElementById('draft-filter').addEventListener('change', () => { pageNumber = 0; loadDrafts(); });
  document.querySelectorAll('[data-sort]').forEach((button) => button.addEventListener('click', () => {
    const key = button.dataset.sort;
    sort = { key: key, direction: sort.key === key ? -sort.direction : 1 };
    pageNumber = 0;
    loadDrafts();
  }));
  document.getElementById('drafts-prev').addEventListener('click', () => {
    if (pageNumber > 0) { pageNumber--; loadDrafts(); }
  });
  document.getElementById('drafts-next').addEventListener('click', () => {
    if (pageNumber + 1 < draftsPage.totalPages) { pageNumber++; loadDrafts(); }
  });
  document.getElementById('select-all-ready').addEventListener('click', () => {
    // Every ready draft of the import, on every page, not just the rows shown.
    allReady = true;
    excepted.clear();
    selected.clear();
    renderDrafts();
  });
  document.getElementById('clear-selection').addEventListener('click', () => {
    allReady = false;
    excepted.clear();
    selected.clear();
    renderDrafts();
  });
  document.getElementById('review-selected').addEventListener('click', async () => {
    const body = allReady ? { allReady: true, except: [...excepted] } : { draftIds: [...selected] };
    try {
      const selection = await api('POST', '/api/imports/' + importId + '/selections', body);
      window.location.assign(selection.reviewPage);
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  });
  document.getElementById('retry-import').addEventListener('click', async () => {
    try {
      const retry = await api('POST', '/api/imports/' + importId + '/retry');
      window.location.assign('/imports/' + retry.importId);
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  });
  document.getElementById('discard-import').addEventListener('click', async () => {
    try {
      renderProgress(await api('POST', '/api/imports/' + importId + '/discard'));
    } catch (error) { show(document.getElementById('import-action-error'), error.message); }
  });

  // Fix in bulk: the forms post without the script too; with it, the fix is applied through the API, the groups
  // and the table reload in place, and the outcome (with Undo) takes the focus so the keyboard stays where it was.
  const fixTable = { fixes: {} };
  function fixWords(kind) { return (fixTable.fixes && fixTable.fixes[kind]) || QboBridge.reasonLabel(kind); }

  function renderGroups(groups) {
    const list = document.getElementById('fix-groups');
    list.replaceChildren(...groups.map((g) => {
      const title = 'fix-group-' + g.code;
      const forms = g.fixes.map((kind) => {
        const suffix = g.code + '-' + kind;
        const children = [
          el('input', { type: 'hidden', name: 'code', value: g.code }),
          el('input', { type: 'hidden', name: 'kind', value: kind })
        ];
        if (kind === 'SET_COUNTRY' || kind === 'SET_JURISDICTION') {
          children.push(el('label', { for: 'fix-value-' + suffix, text: 'Country code' }));
          children.push(el('input', { class: 'country-code', id: 'fix-value-' + suffix, name: 'value', required: true,
            pattern: '[A-Za-z]{2}', maxlength: '2', size: '3', placeholder: 'US', autocomplete: 'off', 'aria-describedby': title }));
        }
        children.push(el('button', { type: 'submit', id: 'apply-' + suffix, 'aria-describedby': title,
          text: fixWords(kind) + ' (' + g.drafts + (g.drafts === 1 ? ' draft)' : ' drafts)') }));
        const form = el('form', { class: 'bulk-fix-form', method: 'post', id: 'fix-form-' + suffix,
          action: '/imports/' + importId + '/bulk-fixes' }, children);
        wireFixForm(form);
        return form;
      });
      const item = el('li', { class: 'fix-group', 'data-testid': 'fix-group', dataset: { code: g.code, count: String(g.drafts) } },
        [el('span', { class: 'fix-group-title', id: title, text: g.drafts + ': ' + g.label })].concat(forms));
      if (!g.fixes.length) item.append(el('span', { class: 'muted', text: 'Fix each of these drafts on its own below.' }));
      return item;
    }));
    document.getElementById('bulk-fix-none').hidden = groups.length > 0;
  }

  async function loadGroups() {
    try { renderGroups(await api('GET', '/api/imports/' + importId + '/fix-groups')); }
    catch (error) { show(document.getElementById('bulk-fix-problem'), error.message); }
  }

  function showOutcome(text, fixId) {
    const box = document.getElementById('bulk-fix-outcome');
    document.getElementById('bulk-fix-message').textContent = text;
    let undo = document.getElementById('bulk-fix-undo-form');
    if (fixId) {
      if (!undo) {
        undo = el('form', { id: 'bulk-fix-undo-form', method: 'post' },
          [el('button', { id: 'bulk-fix-undo', type: 'submit', class: 'secondary', text: 'Undo this fix' })]);
        wireUndoForm(undo);
        box.append(undo);
      }
      undo.action = '/imports/' + importId + '/bulk-fixes/' + fixId + '/undo';
      undo.dataset.fixId = fixId;
      undo.hidden = false;
    } else if (undo) {
      undo.hidden = true;
    }
    box.hidden = false;
    box.focus();
  }

  function plural(n) { return n + (n === 1 ? ' draft' : ' drafts'); }

  function wireFixForm(form) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      show(document.getElementById('bulk-fix-problem'), '');
      const data = new FormData(form);
      const body = { code: data.get('code'), kind: data.get('kind') };
      if (data.has('value')) body.value = data.get('value');
      try {
        const result = await api('POST', '/api/imports/' + importId + '/bulk-fixes', body);
        showOutcome('Fixed ' + plural(result.drafts) + ' (' + QboBridge.reasonLabel(body.code) + '): ' + result.ready
          + (result.ready === 1 ? ' is' : ' are') + ' ready now.', result.fixId);
        loadGroups();
        loadDrafts();
      } catch (error) {
        const errors = (error.problem && error.problem.errors) || [];
        show(document.getElementById('bulk-fix-problem'), errors.some((e) => e.field === 'value')
          ? 'Type the country as its two-letter code, for example US.' : error.message);
      }
    });
  }

  function wireUndoForm(form) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const result = await api('POST', '/api/imports/' + importId + '/bulk-fixes/' + form.dataset.fixId + '/undo');
        showOutcome('Undone: ' + plural(result.drafts) + ' put back as they were.', null);
        loadGroups();
        loadDrafts();
      } catch (error) { show(document.getElementById('bulk-fix-problem'), error.message); }
    });
  }

  document.querySelectorAll('form.bulk-fix-form').forEach(wireFixForm);
  const undoForm = document.getElementById('bulk-fix-undo-form');
  if (undoForm) wireUndoForm(undoForm);

  connect();
  QboBridge.labelsLoaded().then(() => { fixTable.fixes = QboBridge.table().fixes || {}; loadDrafts(); });
})();
