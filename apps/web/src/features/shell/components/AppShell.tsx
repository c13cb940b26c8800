import { useState } from 'react';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import type { Theme } from '@mui/material/styles';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ROLE_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useLang } from '../../../shared/hooks/useLang';
import { useSession } from '../../auth';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 208;

/** App bar, navigation by role, and the screen; on a narrow screen the navigation opens from a menu button. */
export function AppShell() {
  const { t } = useTranslation();
  const { label } = useLang();
  const { user } = useSession();
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  const [open, setOpen] = useState(false);
  if (!user) return null;
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: { xs: 1, sm: 2 }, px: { xs: 1, sm: 2 } }}>
          {!wide && (
            <IconButton color="inherit" edge="start" onClick={() => setOpen(true)} aria-label={t('shell.nav')} aria-expanded={open}>
              <MenuOutlined />
            </IconButton>
          )}
          <Box component={Link} to="/" sx={{ color: 'inherit', textDecoration: 'none', display: 'flex', alignItems: 'baseline', gap: 1, minWidth: 0 }}>
            <Typography component="span" sx={{ fontWeight: 800, fontSize: '1.15rem', letterSpacing: '0.08em', whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Typography>
            <Typography component="span" variant="body2" sx={{ opacity: 0.85, whiteSpace: 'nowrap', display: { xs: 'none', md: 'inline' } }}>
              {t('app.city')} {t('app.fullName')}
            </Typography>
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <Typography variant="body2" sx={{ opacity: 0.85, display: { xs: 'none', sm: 'block' }, whiteSpace: 'nowrap' }}>
            {label(ROLE_LABELS[user.role])}
          </Typography>
          <LanguageSwitch onDark />
          <UserMenu user={user} />
        </Toolbar>
      </AppBar>
      <Drawer
        variant={wide ? 'permanent' : 'temporary'}
        open={wide || open}
        onClose={() => setOpen(false)}
        sx={{
          width: wide ? DRAWER_WIDTH : undefined,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: '#fbfcfd' },
        }}
      >
        <Toolbar variant="dense" />
        {/* a chosen screen closes the narrow screen's drawer */}
        <Box onClick={() => setOpen(false)}>
          <NavMenu role={user.role} />
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 1.5, sm: 3 }, pt: { xs: 2, sm: 2 } }}>
        <Toolbar variant="dense" />
        <Outlet />
      </Box>
    </Box>
  );
}
