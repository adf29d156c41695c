/**
 * The page's outline while scripts, the theme and sign-in load: the same markup index.html paints
 * before any script runs (styled by global.css, since no Fluent theme is loaded yet), so React
 * taking over changes nothing on screen.
 */
export function BootSkeleton() {
  return (
    <div className="boot-page" aria-busy="true">
      <header className="boot-header">
        <div className="boot-line boot-title" />
      </header>
      <main className="boot-main">
        <div className="boot-card">
          <div className="boot-line boot-wide" />
          <div className="boot-line boot-short" />
          <div className="boot-line boot-button" />
        </div>
      </main>
    </div>
  );
}
