import { useStore } from '../../store/index.js';
import { Outline } from './Outline.js';

/** What everyone else has selected on this board, outlined in their colour. */
export function RemoteSelections() {
  const presence = useStore((s) => s.presence);
  const boardId = useStore((s) => s.boardId);
  const items = useStore((s) => s.items);
  return (
    <>
      {presence.flatMap((p) =>
        p.boardId !== boardId
          ? []
          : p.selection.map((id) => {
              const item = items.get(id);
              return item && item.boardId === boardId ? (
                <Outline key={`${p.clientId}:${id}`} item={item} color={p.color} width={2} />
              ) : null;
            }),
      )}
    </>
  );
}
