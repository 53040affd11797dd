import { shippedRules } from './rules/rules';

export function App() {
  if (!shippedRules.ok) {
    return (
      <main>
        <h1>The decision rules are invalid</h1>
        <ul>
          {shippedRules.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </main>
    );
  }
  return (
    <main>
      <h1>SLM or LLM?</h1>
    </main>
  );
}
