import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator';
import { TITLE_NAMES_ZH, type Title } from '../contests/rules';
import { CertificatesRepository } from './certificates.repository';

const escape = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const page = (heading: string, body: string, ok: boolean): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>证书验证 · Certificate verification</title>
<style>body{font-family:"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem;color:${ok ? '#0a6b2d' : '#a30f0f'}}dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#666}</style></head>
<body><h1>${heading}</h1>${body}</body></html>`;

/**
 * The page the QR code on a certificate opens (outside /api, no login). Until the full web pages
 * exist it is served here, plainly, so that every printed QR code works from the first day.
 */
@ApiExcludeController()
@Controller('verify')
export class VerifyPageController {
  constructor(private readonly certificates: CertificatesRepository) {}

  @Get(':code')
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  async verify(@Param('code') code: string): Promise<string> {
    const c = await this.certificates.byCode(code.trim().toUpperCase());
    if (!c)
      return page(
        '查无此证书 · No such certificate',
        '<p>请核对验证码。Check the code.</p>',
        false,
      );
    const rows: Array<[string, string]> = [
      ['证书编号 Serial', c.serial],
      ['姓名 Name', c.name],
      ['单位 Unit', c.unitName],
      ['大赛 Competition', c.competitionName],
      ['工种 Trade', c.tradeName],
      ['称号 Title', c.title ? TITLE_NAMES_ZH[c.title as Title] : '参赛证书'],
      ['颁发日期 Issued', c.issuedOn],
    ];
    const list = `<dl>${rows.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`).join('')}</dl>`;
    // The web pages' version of this page (details, the PDF); this one works without JavaScript.
    const more = `<p><a href="/#/verify/${encodeURIComponent(c.code)}">查看详情、下载证书 · Details and PDF</a></p>`;
    return c.status === 'ISSUED'
      ? page('证书有效 · Valid certificate', list + more, true)
      : page(
          '证书已撤销 · This certificate was revoked',
          `<dl><dt>证书编号 Serial</dt><dd>${escape(c.serial)}</dd></dl>${more}`,
          false,
        );
  }
}
