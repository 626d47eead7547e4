// Table view of what is on screen: nodes and links, sortable, copyable.
import { useMemo } from 'react';
import { edgeRows, type Labels, nodeRows } from '../graph/table';
import type { GraphData } from '../graph/types';
import { kindLabel, linkLabel, nodeTypeLabel, type T } from '../i18n';
import { CopyTable } from './CopyTable';

export function DataTable({ graph, t, selected, onSelect }: { graph: GraphData; t: T; selected: string | null; onSelect: (id: string) => void }) {
  const labels: Labels = useMemo(
    () => ({ type: (x) => nodeTypeLabel(t, x), kind: (type, kind) => kindLabel(t, type, kind), link: (x) => linkLabel(t, x), yes: t('yes'), no: t('no') }),
    [t],
  );
  const nodes = useMemo(() => nodeRows(graph, labels), [graph, labels]);
  const edges = useMemo(() => edgeRows(graph, labels), [graph, labels]);
  return (
    <div className="data-table" data-testid="data-table">
      <CopyTable
        caption={t('table.nodes', { n: nodes.length })}
        columns={[t('col.label'), t('col.type'), t('col.kind'), t('col.degree')]}
        rows={nodes}
        t={t}
        testId="table-nodes"
        onRowClick={onSelect}
        selectedId={selected}
        initialSort={{ column: 0, desc: false }}
      />
      <CopyTable
        caption={t('table.links', { n: edges.length })}
        columns={[t('col.source'), t('col.link'), t('col.target'), t('col.formal')]}
        rows={edges}
        t={t}
        testId="table-links"
        initialSort={{ column: 0, desc: false }}
      />
    </div>
  );
}
