// The host side of the demo: logs the wizard's events and toggles the page theme the way docs themes do.
document.addEventListener('DOMContentLoaded', () => {
  const log = document.getElementById('event-log');
  const toggle = document.getElementById('toggle-theme');
  for (const name of ['slm-or-llm:ready', 'slm-or-llm:step', 'slm-or-llm:result']) {
    document.addEventListener(name, (event) => {
      const item = document.createElement('li');
      item.textContent = `${name} ${JSON.stringify(event.detail)}`;
      log.append(item);
    });
  }
  toggle.addEventListener('click', () => {
    const dark = document.documentElement.classList.toggle('dark');
    toggle.textContent = dark ? 'Switch this page to light' : 'Switch this page to dark';
  });
});
