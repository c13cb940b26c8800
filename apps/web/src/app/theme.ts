import { createTheme } from '@mui/material/styles';
import { enUS, jaJP } from '@mui/material/locale';
import type { Lang } from '@kensho/domain';

/** Renders Japanese well on Windows, macOS and Linux (Debian's fonts-noto-cjk names it "Noto Sans CJK JP"). */
export const FONT_STACK = [
  '"Noto Sans JP"',
  '"Noto Sans CJK JP"',
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"Yu Gothic"',
  '"Meiryo"',
  'sans-serif',
].join(', ');

const PRIMARY = '#1f4e79';
/** The keyboard focus: a 3 px ring in the primary colour (8.9:1 on white), never a faint tint. */
const FOCUS_RING = { outlineStyle: 'solid', outlineColor: PRIMARY, outlineWidth: 3, outlineOffset: 2 } as const;

/**
 * Calm and dense enough for office staff: small controls, quiet colours, clear borders. The keyboard
 * focus is always a strong ring (MUI's `focusVisible` for its buttons, links, list and menu items, the
 * same ring on every other focusable element and around a focused field), and the current page in a list
 * is marked otherwise (a bar and bold text), so a focused item never looks like the selected one.
 */
export function createAppTheme(lang: Lang) {
  return createTheme(
    {
      focusVisible: FOCUS_RING,
      palette: {
        mode: 'light',
        primary: { main: PRIMARY },
        secondary: { main: '#6a4a8c' },
        info: { main: '#2b6cb0' },
        // dark enough for text on white and on the page's grey (5.1:1)
        warning: { main: '#975a16' },
        success: { main: '#2f7d4f' },
        background: { default: '#f4f6f8', paper: '#ffffff' },
        text: { primary: '#1f2933', secondary: '#52606d' },
        divider: '#dde3ea',
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: FONT_STACK,
        fontSize: 13,
        h1: { fontSize: '1.5rem', fontWeight: 700 },
        h2: { fontSize: '1.25rem', fontWeight: 700 },
        h3: { fontSize: '1.1rem', fontWeight: 700 },
        h4: { fontSize: '1rem', fontWeight: 700 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            // plain links and anything else focusable that is not one of MUI's buttons
            ':focus-visible:not([tabindex="-1"])': { outline: `${FOCUS_RING.outlineWidth}px solid ${PRIMARY}`, outlineOffset: FOCUS_RING.outlineOffset },
          },
        },
        MuiOutlinedInput: {
          styleOverrides: {
            root: { '&.Mui-focused': { outline: `${FOCUS_RING.outlineWidth}px solid ${PRIMARY}`, outlineOffset: FOCUS_RING.outlineOffset } },
          },
        },
        MuiListItemButton: {
          styleOverrides: {
            root: ({ theme }) => ({
              '&.Mui-selected': {
                backgroundColor: theme.alpha(PRIMARY, 0.1),
                boxShadow: `inset 4px 0 0 ${PRIMARY}`,
                color: PRIMARY,
                '& .MuiListItemIcon-root': { color: PRIMARY },
                '& .MuiListItemText-primary': { fontWeight: 700 },
              },
            }),
          },
        },
        // a button's label stays on one line: on a phone the text beside it wraps, not the button one
        // character a line
        MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { whiteSpace: 'nowrap' } } },
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiFormControl: { defaultProps: { size: 'small' } },
        MuiTable: { defaultProps: { size: 'small' } },
        // a wide table scrolls inside its box (on a phone): the keyboard reaches the box to scroll it
        MuiTableContainer: { defaultProps: { tabIndex: 0 } },
        MuiTableCell: {
          styleOverrides: {
            head: { fontWeight: 700, backgroundColor: '#eef2f6', whiteSpace: 'nowrap' },
            root: { verticalAlign: 'top' },
          },
        },
        MuiChip: { defaultProps: { size: 'small' } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiDialog: { defaultProps: { fullWidth: true, maxWidth: 'sm' } },
        MuiTooltip: { defaultProps: { arrow: true } },
      },
    },
    lang === 'en' ? enUS : jaJP,
  );
}
