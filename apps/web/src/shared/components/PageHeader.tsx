import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** A screen's title with its controls on the right. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5, mb: 2 }}>
      <Typography variant="h1" component="h1" sx={{ flexGrow: 1, minWidth: 0 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
