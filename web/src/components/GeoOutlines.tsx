// The Finistère's outlines under the geographic layout of the graph (issue 13), so that it reads
// as the department: communes in light grey, EPCI a little darker, projected exactly as the
// nodes are (graph/layouts.ts, geoProjection) and following Cytoscape's pan and zoom. A separate
// chunk (d3-geo and the outlines), loaded only with the geographic layout.
import type { Core } from 'cytoscape';
import { geoPath, geoTransform } from 'd3-geo';
import { useEffect, useMemo, useRef } from 'react';
import { type GeoFrame, geoProjection } from '../graph/layouts';
import { outlines } from '../map/geo';

interface Props {
  cy: Core;
  frame: GeoFrame;
}

export default function GeoOutlines({ cy, frame }: Props) {
  const layer = useRef<SVGGElement>(null);
  const paths = useMemo(() => {
    const to = geoProjection(frame);
    const projection = geoTransform({
      point(lon, lat) {
        const p = to(lat, lon);
        this.stream.point(p.x, p.y);
      },
    });
    const path = geoPath(projection);
    return {
      communes: outlines('COMMUNE').map((f) => ({ id: f.id, d: path(f) ?? '' })),
      epci: outlines('EPCI').map((f) => ({ id: f.id, d: path(f) ?? '' })),
    };
  }, [frame]);

  // Cytoscape's viewport: rendered = model × zoom + pan.
  useEffect(() => {
    const apply = () => {
      if (cy.destroyed()) return;
      const z = cy.zoom();
      const p = cy.pan();
      layer.current?.setAttribute('transform', `translate(${p.x} ${p.y}) scale(${z})`);
    };
    apply();
    cy.on('viewport resize', apply);
    return () => {
      cy.removeListener('viewport resize', apply);
    };
  }, [cy]);

  return (
    <svg className="geo-outlines" data-testid="geo-outlines" aria-hidden="true">
      <g ref={layer}>
        {paths.communes.map((c) => (
          <path key={c.id} className="commune" data-id={c.id} d={c.d} />
        ))}
        {paths.epci.map((c) => (
          <path key={c.id} className="epci" data-id={c.id} d={c.d} />
        ))}
      </g>
    </svg>
  );
}
