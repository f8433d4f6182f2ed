// Plan pages, progressive enhancement only: every page works without this script.
// 1. Rest timer: a start/stop button and a countdown next to each "rest N seconds" line.
// 2. Error summaries take focus on load (for browsers that ignore autofocus on non-form elements).
for (const el of document.querySelectorAll('.plan-timer[data-rest]')) {
  const seconds = Number(el.getAttribute('data-rest')) || 60;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Start ${seconds} s rest`;
  // The visible countdown ticks every second; screen readers hear it every 10 s and at the end only.
  const display = document.createElement('span');
  display.className = 'plan-countdown';
  display.setAttribute('aria-hidden', 'true');
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  let timer = null;
  const stop = () => { clearInterval(timer); timer = null; button.textContent = `Start ${seconds} s rest`; };
  button.addEventListener('click', () => {
    if (timer) { stop(); display.textContent = ''; status.textContent = 'Timer stopped.'; return; }
    let left = seconds;
    display.textContent = `${left} s`;
    status.textContent = `Resting, ${left} seconds.`;
    button.textContent = 'Stop';
    timer = setInterval(() => {
      left -= 1;
      if (left <= 0) { stop(); display.textContent = 'Rest over: next set.'; status.textContent = 'Rest over: next set.'; return; }
      display.textContent = `${left} s`;
      if (left % 10 === 0) status.textContent = `${left} seconds left.`;
    }, 1000);
  });
  el.append(button, display, status);
}
const summary = document.querySelector('[data-focus-on-load]');
if (summary instanceof HTMLElement && document.activeElement !== summary) summary.focus();
