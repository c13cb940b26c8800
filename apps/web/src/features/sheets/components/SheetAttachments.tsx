import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { ServerProblem } from '../../../shared/errors';
import { useNotify } from '../../../shared/components/Notifier';
import { QueryState } from '../../../shared/components/QueryState';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useLang } from '../../../shared/hooks/useLang';
import { SheetAttachmentsQuery } from '../graphql/sheets';
import { ACCEPT, checkFile, deleteAttachment, problemOf, uploadAttachment } from '../hooks/attachmentsApi';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} B`;

/** 関連資料: the files attached to a sheet; upload and delete while the department may edit it. */
export function SheetAttachments({ sheetId }: { sheetId: string }) {
  const { t: st } = useTranslation('sheets');
  const { t } = useTranslation();
  const { dateTime } = useLang();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(SheetAttachmentsQuery, { variables: { id: sheetId } });
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; fileName: string } | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteProblem, setDeleteProblem] = useState<ServerProblem | null>(null);
  const canEdit = data?.sheet.canEdit ?? false;
  const attachments = data?.sheet.attachments ?? [];

  const onFile = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setProblem(null);
    const refused = checkFile(file);
    if (refused) {
      setProblem(refused);
      return;
    }
    setUploading(true);
    try {
      await uploadAttachment(sheetId, file);
      await refetch();
      notify(st('attachments.uploaded', { name: file.name }));
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setUploading(false);
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    setDeleteProblem(null);
    try {
      await deleteAttachment(deleting.id);
      await refetch();
      notify(t('common.deleted'));
      setDeleting(null);
    } catch (e) {
      setDeleteProblem(problemOf(e));
    } finally {
      setDeleteBusy(false);
    }
  };

  return (
    <Paper component="section" aria-labelledby="attachments-title" sx={{ p: 2, mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h3" component="h2" id="attachments-title">
            {st('attachments.title')}
          </Typography>
          {canEdit && (
            <Typography variant="body2" color="text.secondary">
              {st('attachments.help', { max: LIMITS.attachmentMegabytes })}
            </Typography>
          )}
        </Box>
        {canEdit && (
          <Button
            variant="outlined"
            component="label"
            startIcon={uploading ? <CircularProgress size={16} color="inherit" /> : <AttachFileOutlined />}
            disabled={uploading}
          >
            {uploading ? st('attachments.uploading') : st('attachments.upload')}
            <input
              ref={input}
              type="file"
              hidden
              accept={ACCEPT}
              data-testid="attachment-input"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </Button>
        )}
      </Box>
      <ServerErrorAlert problem={problem} />
      <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {attachments.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {st('attachments.none')}
          </Typography>
        ) : (
          <Table data-testid="attachment-table">
            <TableHead>
              <TableRow>
                <TableCell>{st('attachments.fileName')}</TableCell>
                <TableCell align="right">{st('attachments.size')}</TableCell>
                <TableCell>{st('attachments.uploadedAt')}</TableCell>
                <TableCell>{st('attachments.uploadedBy')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {attachments.map((a) => (
                <TableRow key={a.id} data-testid="attachment-row">
                  <TableCell sx={{ wordBreak: 'break-all' }}>
                    <a href={a.url} download={a.fileName}>
                      {a.fileName}
                    </a>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {sizeText(a.size)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(a.uploadedAt)}</TableCell>
                  <TableCell>{a.uploadedByName ?? '—'}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={st('attachments.download')}>
                      <IconButton size="small" component="a" href={a.url} download={a.fileName} aria-label={`${st('attachments.download')} ${a.fileName}`}>
                        <DownloadOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {canEdit && (
                      <Tooltip title={st('attachments.delete')}>
                        <IconButton size="small" color="error" aria-label={`${st('attachments.delete')} ${a.fileName}`} onClick={() => { setDeleteProblem(null); setDeleting(a); }}>
                          <DeleteOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
      <Dialog open={!!deleting} onClose={deleteBusy ? undefined : () => setDeleting(null)} maxWidth="xs" aria-labelledby="attachment-delete-title">
        <DialogTitle id="attachment-delete-title">{st('attachments.deleteTitle')}</DialogTitle>
        <DialogContent>
          <ServerErrorAlert problem={deleteProblem} />
          <DialogContentText>{st('attachments.deleteMessage', { name: deleting?.fileName ?? '' })}</DialogContentText>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={() => setDeleting(null)} disabled={deleteBusy}>
            {t('common.cancel')}
          </Button>
          <Button variant="contained" color="error" onClick={() => void confirmDelete()} loading={deleteBusy}>
            {st('attachments.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
