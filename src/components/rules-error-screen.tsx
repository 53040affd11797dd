/** Shown instead of the wizard when the rules table fails validation: never a verdict from bad rules. */
export function RulesErrorScreen({ problems }: { problems: string[] }) {
  return (
    <main className="mx-auto max-w-2xl p-6">
      <div className="card" role="alert">
        <h1 className="text-2xl font-bold">The decision rules could not be loaded</h1>
        <p className="mt-2">
          This copy of the app has a rules table that does not pass validation, so it cannot give a
          recommendation it could stand behind. If you run this site, fix these problems in{' '}
          <code>src/rules/questions-data.ts</code> or <code>src/rules/advice-data.ts</code>:
        </p>
        <ul className="mt-3 list-disc pl-6 font-mono text-sm">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </main>
  );
}
