import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** One side of the page: scrolls on its own, so the sheet and the opinions stay side by side. */
export function Pane({ title, testId, children, actions }: { title: string; testId: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Paper
      component="section"
      aria-label={title}
      data-testid={testId}
      // it scrolls on its own on a wide screen: the keyboard scrolls it once it has the focus
      tabIndex={0}
      sx={{
        p: 2,
        minWidth: 0,
        position: { lg: 'sticky' },
        top: { lg: 64 },
        maxHeight: { lg: 'calc(100vh - 80px)' },
        overflow: { lg: 'auto' },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {actions}
      </Box>
      {children}
    </Paper>
  );
}
