// Prints grouped held-out errors per metric group and the worst source-held-out points (run by npm run refit).
import { it } from 'vitest';
import {
  CALIBRATION_POINTS,
  crossValidate,
  HOLDOUTS,
  summarise,
  accuracyRows,
} from '@site/src/lib/calibration/refit';
import { metricGroup } from '@site/src/lib/calibration/validate';
it('prints', () => {
  for (const h of HOLDOUTS) {
    const r = crossValidate(CALIBRATION_POINTS, h);
    const rows = accuracyRows(r);
    const groups = new Map<string, typeof rows>();
    for (const row of rows) {
      const g = metricGroup(row.point);
      groups.set(g, [...(groups.get(g) ?? []), row]);
    }
    const out = [...groups].map(([g, rs]) => {
      const s = summarise(rs);
      return `${g}: n=${rs.length} med=${(s.medianError * 100).toFixed(1)}% worst=${Math.max(...rs.map((x) => Math.max(x.ratio, 1 / x.ratio))).toFixed(2)}x`;
    });
    console.log(h, out.join(' | '));
    if (h === 'source') {
      const worst = [...rows]
        .sort((a, b) => Math.max(b.ratio, 1 / b.ratio) - Math.max(a.ratio, 1 / a.ratio))
        .slice(0, 25);
      for (const w of worst)
        console.log(
          '  ',
          w.point.measurement.id,
          metricGroup(w.point),
          w.point.deviceClass,
          w.ratio.toFixed(2),
        );
    }
  }
});
