import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';

/** The secretariat's marks of a sheet (※ …), each with its legend as tooltip. */
export function TagMarks({ tags }: { tags: ReadonlyArray<{ id: string; mark: string; label: string; legend: string }> }) {
  if (tags.length === 0) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5 }}>
      {tags.map((tag) => (
        <Tooltip key={tag.id} title={`${tag.label}: ${tag.legend}`}>
          <Box component="span" sx={{ fontWeight: 700, color: 'secondary.main' }} aria-label={tag.label} data-testid="tag-mark">
            {tag.mark}
          </Box>
        </Tooltip>
      ))}
    </Box>
  );
}
