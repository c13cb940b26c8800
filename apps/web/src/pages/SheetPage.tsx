import { useParams } from 'react-router';
import { SheetWorkspace } from '../features/sheets/components/SheetWorkspace';

/** One verification sheet: editor or reader, history, attachments, comments. */
export function SheetPage() {
  const { sheetId = '' } = useParams();
  return <SheetWorkspace key={sheetId} sheetId={sheetId} />;
}
