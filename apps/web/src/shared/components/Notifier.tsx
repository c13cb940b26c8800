import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

type Notify = (message: string, severity?: 'success' | 'info' | 'warning') => void;
const NotifyContext = createContext<Notify>(() => {});

/** Short confirmations ("保存しました。") at the bottom of the screen. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [note, setNote] = useState<{ message: string; severity: 'success' | 'info' | 'warning'; key: number } | null>(null);
  const notify = useCallback<Notify>((message, severity = 'success') => setNote({ message, severity, key: Date.now() }), []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={note?.key}
        open={!!note}
        autoHideDuration={4000}
        onClose={(_, reason) => reason !== 'clickaway' && setNote(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity={note?.severity ?? 'success'} variant="filled" onClose={() => setNote(null)} sx={{ minWidth: 280 }}>
          {note?.message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export const useNotify = () => useContext(NotifyContext);
