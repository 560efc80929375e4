// One figure of the analysis: its name with a "pourquoi ?", its value, and a line saying what it
// means in plain words. Used inside a <dl className="figures">.
import type { ReactNode } from 'react';
import { Why } from './Why';

interface FigureProps {
  label: string;
  value: string;
  /** The plain-language reading, always visible. */
  line?: string;
  /** The longer "why": how it is counted and why it matters. */
  why: ReactNode;
}

export function Figure({ label, value, line, why }: FigureProps) {
  return (
    <div className="figure">
      <dt>
        {label} <Why figure={label}>{why}</Why>
      </dt>
      <dd>
        <span className="figure-value">{value}</span>
        {line && <span className="figure-line">{line}</span>}
      </dd>
    </div>
  );
}
