// The editing part of the details panel of an actor or a programme: « Modifier », « Tracer un lien »,
// « Supprimer », and its history. Shown only to editors (useCanEdit); the history to everyone.
import type { T } from '../i18n';
import { useCanEdit } from './canEdit';
import { DeleteRecord } from './DeleteRecord';
import { HistoryPanel } from './HistoryPanel';
import './editing.css';

interface Props {
  type: 'Actor' | 'Programme';
  id: string;
  name: string;
  labels: ReadonlyMap<string, string>;
  t: T;
  onEdit: (() => void) | undefined;
  onDrawLink: (() => void) | undefined;
  onDeleted: () => void;
}

export function EditControls({ type, id, name, labels, t, onEdit, onDrawLink, onDeleted }: Props) {
  const canEdit = useCanEdit();
  return (
    <>
      {canEdit && (
        <div className="edit-actions">
          {onEdit && (
            <button type="button" className="primary" onClick={onEdit} data-testid="edit">
              {t('edit.modify')}
            </button>
          )}
          {onDrawLink && type === 'Actor' && (
            <button type="button" onClick={onDrawLink} data-testid="draw-link">
              {t('edit.drawLink')}
            </button>
          )}
          <DeleteRecord type={type} id={id} name={name} labels={labels} t={t} onDeleted={onDeleted} />
        </div>
      )}
      <HistoryPanel recordId={id} t={t} />
    </>
  );
}
