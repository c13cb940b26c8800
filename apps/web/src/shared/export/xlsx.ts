/** One column of an exported table: its heading (as on screen) and its width in characters. */
export interface XlsxColumn {
  header: string;
  width?: number;
}

/**
 * Saves a table as an .xlsx file, with the columns the screen shows (the secretariat lives in Excel).
 * exceljs loads only when a table is first exported.
 */
export async function downloadXlsx(fileName: string, sheetName: string, columns: readonly XlsxColumn[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => v ?? ''));
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  const buffer = await book.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
