// Rest timer for the plan page (progressive enhancement: without JavaScript the rest time is shown as text).
for (const el of document.querySelectorAll('.plan-timer[data-rest]')) {
  const seconds = Number(el.getAttribute('data-rest')) || 60;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Start ${seconds} s rest`;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  let timer = null;
  button.addEventListener('click', () => {
    if (timer) { clearInterval(timer); timer = null; button.textContent = `Start ${seconds} s rest`; status.textContent = ''; return; }
    let left = seconds;
    status.textContent = `${left} s`;
    button.textContent = 'Stop';
    timer = setInterval(() => {
      left -= 1;
      status.textContent = left > 0 ? `${left} s` : 'Rest over: next set.';
      if (left <= 0) { clearInterval(timer); timer = null; button.textContent = `Start ${seconds} s rest`; }
    }, 1000);
  });
  el.append(' ', button, ' ', status);
}
