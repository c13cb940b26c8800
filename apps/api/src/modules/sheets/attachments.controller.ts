import { Controller, Delete, Get, Param, Post, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { LIMITS } from '@kensho/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { CurrentUser } from '../../common/auth/decorators';
import { badField, forbidden, notFound } from '../../common/errors/domain-error';
import { SameOriginGuard } from '../../common/auth/same-origin.guard';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { audit, lockRow } from '../../common/persistence/audited';
import { SheetEditableGuard } from './sheet-editable.guard';
import { SheetAttachmentEntity } from '../../data/sheet-attachment.entity';
import { SheetsService } from './sheets.service';

const MAX_BYTES = LIMITS.attachmentMegabytes * 1024 * 1024;

/** One file and nothing much else: multer stops reading at the first part beyond these. */
const MULTIPART_LIMITS = { fileSize: MAX_BYTES + 1, files: 1, fields: 5, fieldSize: 1024, fieldNameSize: 100, parts: 6, headerPairs: 20 };

/** The kinds of file a sheet's related materials may be, recognised by their first bytes. */
const KINDS: Array<{ ext: string[]; mime: string; magic: (b: Buffer) => boolean }> = [
  { ext: ['pdf'], mime: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { ext: ['png'], mime: 'image/png', magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: ['jpg', 'jpeg'], mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: ['gif'], mime: 'image/gif', magic: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { ext: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: isZip },
  { ext: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: isZip },
  { ext: ['xls'], mime: 'application/vnd.ms-excel', magic: isOle },
  { ext: ['doc'], mime: 'application/msword', magic: isOle },
];
function isZip(b: Buffer) {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
function isOle(b: Buffer) {
  return b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
}

interface UploadedFileLike {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * 関連資料: upload (multipart, field `file`), download and delete over plain HTTP. Files are stored in the
 * database; upload and delete follow the sheet's edit rule, download its read rule. Writes must come
 * from this site (SameOriginGuard), and an upload is refused before its body is read when the caller
 * may not edit the sheet (SheetEditableGuard runs before multer's interceptor).
 */
@Controller('api')
export class AttachmentsController {
  constructor(
    private readonly db: DataSource,
    private readonly sheets: SheetsService,
  ) {}

  @Post('sheets/:id/attachments')
  @UseGuards(SameOriginGuard, SheetEditableGuard)
  @UseInterceptors(FileInterceptor('file', { limits: MULTIPART_LIMITS }))
  async upload(@CurrentUser() actor: Actor, @Param('id', UuidPipe) id: string, @UploadedFile() file: UploadedFileLike | undefined) {
    if (!file) throw badField('file', 'isNotEmpty');
    if (file.size > MAX_BYTES) throw badField('file', 'FILE_TOO_LARGE', { max: LIMITS.attachmentMegabytes });
    // multer decodes the multipart file name as latin1; browsers send UTF-8. Control characters (NUL, which
    // PostgreSQL cannot store, line breaks) and path separators become _.
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').replace(/[\\/\u0000-\u001f\u007f]/g, '_').slice(0, 255);
    const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
    const kind = KINDS.find((k) => k.ext.includes(ext) && k.magic(file.buffer));
    if (!kind) throw badField('file', 'FILE_TYPE');
    return this.db.transaction(async (m) => {
      const { sheet, project, cycle } = await this.sheets.scope(m, actor, id, true);
      if (!this.sheets.canEdit(actor, sheet, project, cycle)) throw forbidden();
      const row = await m.save(SheetAttachmentEntity, m.create(SheetAttachmentEntity, {
        sheetId: sheet.id, fileName, mimeType: kind.mime, size: file.size, data: file.buffer, uploadedById: actor.id,
      }));
      await audit(m, actor, 'sheet_attachment', row.id, 'CREATE', null, { sheetId: sheet.id, fileName, size: file.size });
      return { id: row.id, fileName, mimeType: kind.mime, size: file.size, url: `/api/attachments/${row.id}` };
    });
  }

  @Get('attachments/:id')
  async download(@CurrentUser() actor: Actor, @Param('id', UuidPipe) id: string, @Res() res: Response) {
    const meta = await this.db.getRepository(SheetAttachmentEntity).findOneBy({ id });
    if (!meta) throw notFound('attachment');
    await this.sheets.scope(this.db.manager, actor, meta.sheetId, false); // the sheet's read rule
    const [{ data }] = await this.db.query(`SELECT data FROM sheet_attachment WHERE id = $1`, [id]);
    res.setHeader('Content-Type', meta.mimeType);
    res.setHeader('Content-Length', String(meta.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(data);
  }

  @Delete('attachments/:id')
  @UseGuards(SameOriginGuard)
  async remove(@CurrentUser() actor: Actor, @Param('id', UuidPipe) id: string) {
    return this.db.transaction(async (m) => {
      const meta = await lockRow(m, SheetAttachmentEntity, id, 'attachment');
      const { sheet, project, cycle } = await this.sheets.scope(m, actor, meta.sheetId, true);
      if (!this.sheets.canEdit(actor, sheet, project, cycle)) throw forbidden();
      await m.delete(SheetAttachmentEntity, { id });
      await audit(m, actor, 'sheet_attachment', id, 'DELETE', { sheetId: sheet.id, fileName: meta.fileName, size: meta.size }, null);
      return { deleted: true };
    });
  }
}
