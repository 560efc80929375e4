// The evolution chart over all reviews of a case, drawn with Chart.js (canvas, no network, no
// animation): on the left the size of each network, on the right the share of the person's
// strong ties and the person's constraint. The same figures are listed in a table below.
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SPHERES } from '../../shared/model';
import { SPHERE_COLOR } from '../map/look/nodeLook';
import { FONT_STACK } from '../map/look/stylesheet';
import type { EvolutionSeries } from './evolution';
import { EvolutionTable } from './EvolutionTable';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
);
Chart.defaults.font.family = FONT_STACK;
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1f2733';

type LineConfig = ChartConfiguration<'line', (number | null)[], string>;

function useLineChart(config: LineConfig) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'line', (number | null)[], string> | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // A canvas without a 2D context (a test DOM) draws nothing; the table below says it all.
    if (!canvas.getContext('2d')) return;
    chartRef.current = new Chart(canvas, config);
    return () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [config]);
  return canvasRef;
}

const line = (label: string, data: (number | null)[], color: string, dashed = false) => ({
  label,
  data,
  borderColor: color,
  backgroundColor: color,
  borderWidth: 3,
  pointRadius: 5,
  borderDash: dashed ? [8, 6] : [],
  spanGaps: true,
});

export function EvolutionChart({ series }: { series: EvolutionSeries }) {
  const { t, i18n } = useTranslation();
  const sizes = useMemo(
    (): LineConfig => ({
      type: 'line',
      data: {
        labels: series.labels,
        datasets: SPHERES.map((s) =>
          line(t(`enums.sphere.${s}`), series.sizes[s], SPHERE_COLOR[s].border),
        ),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: {
          y: {
            beginAtZero: true,
            ticks: { precision: 0 },
            title: { display: true, text: t('reviews.evolution.actors') },
          },
        },
      },
    }),
    [series, t],
  );
  const ratios = useMemo((): LineConfig => {
    // Both measures run from 0 to 1: the share reads as a percentage, the constraint as a number.
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
    const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    return {
      type: 'line',
      data: {
        labels: series.labels,
        datasets: [
          line(t('reviews.measures.strongShare'), series.strongShare, '#2f5d9e'),
          line(t('reviews.measures.constraint'), series.constraint, '#b3261e', true),
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: ({ datasetIndex, dataset, parsed }) =>
                `${dataset.label ?? ''} : ${(datasetIndex === 0 ? percent : decimal).format(parsed.y ?? 0)}`,
            },
          },
        },
        scales: {
          y: { min: 0, max: 1, ticks: { callback: (value) => decimal.format(Number(value)) } },
        },
      },
    };
  }, [series, t, i18n.language]);
  const sizesRef = useLineChart(sizes);
  const ratiosRef = useLineChart(ratios);
  return (
    <>
      <div className="evolution-charts">
        <div className="evolution-chart">
          <canvas ref={sizesRef} role="img" aria-label={t('reviews.evolution.sizesLabel')} />
        </div>
        <div className="evolution-chart">
          <canvas ref={ratiosRef} role="img" aria-label={t('reviews.evolution.ratiosLabel')} />
        </div>
      </div>
      <EvolutionTable series={series} />
    </>
  );
}
