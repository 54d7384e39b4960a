import type { Segment } from '@tessera/bff-search/contract';

interface HighlightedProps {
  segments: Segment[];
  className?: string;
}

/** The BFF's highlight runs as text (never HTML); matched runs are wrapped in `<mark>`. */
export function Highlighted({ segments, className }: HighlightedProps) {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className={className}>
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
