// Records every slm-or-llm DOM event with the id of the element it came from, for the tests to read.
window.recorded = [];
for (const name of ['slm-or-llm:ready', 'slm-or-llm:step', 'slm-or-llm:result']) {
  document.addEventListener(name, (event) => {
    window.recorded.push({ name, id: event.target.id, detail: event.detail });
  });
}
// Every message this window receives, whatever its origin, to prove what was (not) sent.
window.messages = [];
window.addEventListener('message', (event) =>
  window.messages.push({ origin: event.origin, data: event.data }),
);
