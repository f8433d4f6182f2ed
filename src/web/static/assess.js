// Body map enhancement for /assess/where: each drawn area becomes a keyboard-operable checkbox that ticks the
// matching box in the list. Without this script the list of checkboxes does the job on its own.
const form = document.querySelector('form.assess-where');
if (form) {
  form.classList.add('js-map');
  const boxFor = (zone) => form.querySelector(`input[name="zone"][value="${CSS.escape(zone)}"]`);
  const regions = [...form.querySelectorAll('.map-region[data-zone]')];
  const sync = (zone) => {
    const box = boxFor(zone);
    for (const r of regions) {
      if (r.dataset.zone !== zone) continue;
      r.classList.toggle('is-selected', Boolean(box && box.checked));
      if (r.dataset.main === 'true') r.setAttribute('aria-checked', box && box.checked ? 'true' : 'false');
    }
  };
  for (const svg of form.querySelectorAll('.map-svg')) {
    // The drawing becomes a group of controls instead of a picture.
    svg.setAttribute('role', 'group');
  }
  for (const r of regions) {
    const zone = r.dataset.zone;
    const box = boxFor(zone);
    if (!box) continue;
    const name = r.querySelector('title')?.textContent ?? zone;
    if (r.dataset.main === 'true') {
      r.setAttribute('role', 'checkbox');
      r.setAttribute('tabindex', '0');
      r.setAttribute('aria-label', name);
    } else {
      // A second drawing of the same place: clickable, but one keyboard stop per zone is enough.
      r.setAttribute('aria-hidden', 'true');
    }
    const toggle = () => {
      box.checked = !box.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    };
    r.addEventListener('click', toggle);
    r.addEventListener('keydown', (e) => {
      if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); toggle(); }
    });
  }
  form.addEventListener('change', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement && t.name === 'zone') sync(t.value);
  });
  for (const box of form.querySelectorAll('input[name="zone"]')) sync(box.value);
}

// Error summaries take focus so keyboard and screen-reader users hear what to fix.
const problem = document.querySelector('.assess .error-summary');
if (problem instanceof HTMLElement) problem.focus();
