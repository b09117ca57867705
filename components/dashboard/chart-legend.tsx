import styles from "./dashboard.module.css";

/** The chart's key, in text and as the same line styles and markers the chart draws (server-rendered: readable without JavaScript). */
export function ChartLegend({ confirmed, pending }: { confirmed: string; pending: string }) {
  return (
    <ul className={styles.legend}>
      <li>
        <svg width="36" height="12" aria-hidden="true" focusable="false">
          <line x1="0" y1="6" x2="36" y2="6" stroke="#b8325a" strokeWidth="2.5" />
          <circle cx="18" cy="6" r="3.5" fill="#b8325a" />
        </svg>
        {confirmed}
      </li>
      <li>
        <svg width="36" height="12" aria-hidden="true" focusable="false">
          <line x1="0" y1="6" x2="36" y2="6" stroke="#4d4863" strokeWidth="2" strokeDasharray="6 4" />
          <rect x="15" y="3" width="6" height="6" fill="#ffffff" stroke="#4d4863" strokeWidth="1.5" />
        </svg>
        {pending}
      </li>
    </ul>
  );
}
