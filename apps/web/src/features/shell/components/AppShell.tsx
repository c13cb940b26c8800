import { useState } from 'react';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { ROLE_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useLang } from '../../../shared/hooks/useLang';
import { useSession } from '../../auth';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 208;
const NAV_ID = 'app-nav';
const drawerPaper = { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: '#fbfcfd' } as const;

/**
 * App bar, navigation by role, and the screen. From MUI's `md` breakpoint (900 px) the menu stays beside
 * the screen; below it (phones, tablets held upright) it is a drawer opened by the app bar's menu button,
 * which closes once a screen is chosen.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { label } = useLang();
  const { user } = useSession();
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  const [navOpen, setNavOpen] = useState(false);
  if (!user) return null;
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {/* above the side menu when it stays beside the screen; the drawer covers it */}
      <AppBar position="fixed" sx={{ zIndex: (theme) => (wide ? theme.zIndex.drawer + 1 : theme.zIndex.appBar) }}>
        <Toolbar variant="dense" sx={{ gap: { xs: 1, sm: 2 }, px: { xs: 1, sm: 2 } }}>
          {!wide && (
            <IconButton
              color="inherit"
              edge="start"
              onClick={() => setNavOpen(true)}
              aria-label={t('shell.openNav')}
              aria-controls={NAV_ID}
              aria-expanded={navOpen}
            >
              <MenuOutlined />
            </IconButton>
          )}
          <Box component={Link} to="/" sx={{ color: 'inherit', textDecoration: 'none', display: 'flex', alignItems: 'baseline', gap: 1, minWidth: 0 }}>
            <Typography component="span" sx={{ fontWeight: 800, fontSize: '1.15rem', letterSpacing: '0.08em', whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Typography>
            <Typography component="span" variant="body2" sx={{ opacity: 0.85, whiteSpace: 'nowrap', display: { xs: 'none', lg: 'inline' } }}>
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
      {wide ? (
        <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': drawerPaper }}>
          <Toolbar variant="dense" />
          <NavMenu role={user.role} />
        </Drawer>
      ) : (
        <Drawer variant="temporary" open={navOpen} onClose={() => setNavOpen(false)} sx={{ '& .MuiDrawer-paper': drawerPaper }}>
          <Toolbar variant="dense">
            <Typography component="span" sx={{ fontWeight: 800, fontSize: '1.15rem', letterSpacing: '0.08em', color: 'primary.main' }}>
              {t('app.name')}
            </Typography>
          </Toolbar>
          <NavMenu id={NAV_ID} role={user.role} onNavigate={() => setNavOpen(false)} />
        </Drawer>
      )}
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 1.5, sm: 2, md: 3 }, pt: { xs: 1.5, md: 2 } }}>
        <Toolbar variant="dense" />
        <Outlet />
      </Box>
    </Box>
  );
}
