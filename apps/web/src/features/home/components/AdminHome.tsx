import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../../generated/graphql';

type Admin = NonNullable<HomeQuery['home']['admin']>;

/** The administrator: the accounts, with the way to the users' screen. */
export function AdminHome({ admin }: { admin: Admin }) {
  const { t } = useTranslation('home');
  const tiles: Array<{ key: string; label: string; count: number; help?: string; warn?: boolean }> = [
    { key: 'active', label: t('admin.active'), count: admin.activeUsers },
    { key: 'inactive', label: t('admin.inactive'), count: admin.inactiveUsers },
    { key: 'locked', label: t('admin.locked'), count: admin.lockedUsers, help: t('admin.lockedHelp'), warn: admin.lockedUsers > 0 },
  ];
  return (
    <Stack spacing={2} data-testid="home-admin">
      <Box>
        <Typography variant="h2">{t('admin.title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('admin.intro')}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } }}>
        {tiles.map((tile) => (
          <Paper key={tile.key} sx={{ p: 2, borderLeft: 4, borderColor: tile.warn ? 'warning.main' : 'primary.light' }} data-testid={`home-accounts-${tile.key}`}>
            <Typography variant="body2" color="text.secondary">
              {tile.label}
            </Typography>
            <Typography variant="h2" component="p" data-testid="home-count">
              {t('admin.count', { count: tile.count })}
            </Typography>
            {tile.help && (
              <Typography variant="caption" color="text.secondary">
                {tile.help}
              </Typography>
            )}
          </Paper>
        ))}
      </Box>
      <Box>
        <Button component={RouterLink} to="/admin/users" variant="contained">
          {t('admin.users')}
        </Button>
      </Box>
    </Stack>
  );
}
