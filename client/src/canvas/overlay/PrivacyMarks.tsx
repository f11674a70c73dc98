import { useMemo } from 'react';
import { Group, Rect, Text } from '../konva.js';
import type { Cluster, Item } from '@cocreate/shared';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { useT } from '../../ui/i18n/index.js';
import { CHEAP, FONT_FAMILY } from '../items/style.js';

/** Outline colour of a cluster, by its colour name (stronger than the notes' pale fills). */
const CLUSTER_STROKE: Record<Cluster['color'], string> = {
  yellow: '#e0a800',
  orange: '#e8590c',
  pink: '#d6336c',
  purple: '#7048e8',
  blue: '#1971c2',
  teal: '#0c8599',
  green: '#2f9e44',
  grey: '#495057',
  white: '#868e96',
};
/** Room between a cluster's outline and its notes, in board units. */
const CLUSTER_PAD = 20;

/** A label at a fixed screen size, anchored at board point (x, y). */
function Pill(props: { x: number; y: number; unit: number; text: string; fill: string; above?: boolean }) {
  const width = props.text.length * 6.6 + 14;
  return (
    <Group {...CHEAP} x={props.x} y={props.y} scaleX={props.unit} scaleY={props.unit}>
      <Rect {...CHEAP} y={props.above ? -22 : 0} width={width} height={20} cornerRadius={10} fill={props.fill} />
      <Text
        {...CHEAP}
        y={props.above ? -17 : 5}
        width={width}
        align="center"
        text={props.text}
        fontSize={11}
        fontStyle="bold"
        fontFamily={FONT_FAMILY}
        fill="#fff"
      />
    </Group>
  );
}

/** The rounded outline around a cluster's notes with its name; computed from the notes, so it follows them. */
function ClusterOutline({ cluster, notes, unit }: { cluster: Cluster; notes: Item[]; unit: number }) {
  const x = Math.min(...notes.map((n) => n.x)) - CLUSTER_PAD;
  const y = Math.min(...notes.map((n) => n.y)) - CLUSTER_PAD;
  const right = Math.max(...notes.map((n) => n.x + n.width)) + CLUSTER_PAD;
  const bottom = Math.max(...notes.map((n) => n.y + n.height)) + CLUSTER_PAD;
  const stroke = CLUSTER_STROKE[cluster.color];
  return (
    <>
      <Rect
        {...CHEAP}
        x={x}
        y={y}
        width={right - x}
        height={bottom - y}
        cornerRadius={24}
        stroke={stroke}
        strokeWidth={3 * unit}
        dash={[10 * unit, 6 * unit]}
      />
      <Pill x={x} y={y} unit={unit} text={cluster.name} fill={stroke} above />
    </>
  );
}

/**
 * What privacy, voting and clusters add to the board viewed: cluster outlines, "Only you see this"
 * on this person's private notes, and the dots of the board's last closed round (this person's
 * own votes in an open round are on the vote badges, ui/privacy/VoteBadges.tsx).
 */
export function PrivacyMarks() {
  const t = useT();
  const items = useStore((s) => s.items);
  const boardId = useStore((s) => s.boardId);
  const unit = useStore((s) => 1 / s.viewport.scale);
  const privateIds = usePrivacy((s) => s.privateIds);
  const clusters = usePrivacy((s) => s.clusters);
  // A new round on the board hides the last one's dots: nobody anchors on earlier votes.
  const last = usePrivacy((s) =>
    s.voting?.active && s.voting.boardId === boardId ? null : (s.results.find((r) => r.boardId === boardId) ?? null),
  );
  const here = (id: string) => {
    const item = items.get(id);
    return item && item.boardId === boardId ? item : undefined;
  };
  const outlines = useMemo(
    () =>
      clusters
        .filter((c) => c.boardId === boardId)
        .map((c) => ({
          cluster: c,
          notes: c.noteIds.map((id) => items.get(id)).filter((i): i is Item => i !== undefined && i.boardId === boardId),
        }))
        .filter((o) => o.notes.length > 0),
    [clusters, items, boardId],
  );
  const dots = (id: string, count: number, fill: string) => {
    const item = here(id);
    return (
      item && (
        <Pill
          key={`dots:${id}`}
          x={item.x + item.width - (count > 9 ? 48 : 40) * unit}
          y={item.y + item.height - 24 * unit}
          unit={unit}
          text={`● ${count}`}
          fill={fill}
        />
      )
    );
  };
  return (
    <>
      {outlines.map((o) => (
        <ClusterOutline key={o.cluster.id} cluster={o.cluster} notes={o.notes} unit={unit} />
      ))}
      {[...privateIds].map((id) => {
        const item = here(id);
        return (
          item && (
            <Pill
              key={`private:${id}`}
              x={item.x + 4 * unit}
              y={item.y + item.height - 24 * unit}
              unit={unit}
              text={t('privacy.onlyYou')}
              fill="#495057"
            />
          )
        );
      })}
      {last && Object.entries(last.totals).map(([id, n]) => dots(id, n, '#c2255c'))}
    </>
  );
}
