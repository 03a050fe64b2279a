/**
 * Extraction over whole documents written as fixtures in the style of real texts (a
 * national resolution, a city plan with "Cơ quan chủ trì:" lines, letters, procedures),
 * plus the staff-editable registry and the theme taxonomy.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { parse } from '../parse/index.ts';
import { extractEntities, loadExtractContext, type ParsedDocument } from './index.ts';
import { extractPlace } from './place.ts';
import { emptyContext, extractFile, extractText, nameOf, THEMES_DIR } from './test-helpers.ts';

describe('a national resolution (fixture)', async () => {
  const x = await extractFile('scripts/ingest/extract/__fixtures__/national-resolution.fixture.txt');
  const leadNames = (text: string): string[] => (x.commitments.find((c) => c.text.includes(text))?.lead ?? []).map((id) => nameOf(x, id));

  it('is placed where it was issued and gives national bodies ids without a place', () => {
    expect(x.place?.id).toBe('ha-noi');
    expect(x.agencies.find((agency) => agency.name === 'Bộ Kế hoạch và Đầu tư')).toMatchObject({
      id: 'bo-ke-hoach-va-dau-tu',
      place: null,
      kind: 'ministry',
    });
  });

  it('lets list items inherit the group heading of ministries and provinces', () => {
    expect(leadNames('giải phóng mặt bằng')).toEqual([
      'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
    ]);
  });

  it('reads "Giao …", "… có trách nhiệm" and "Đề nghị …"', () => {
    expect(leadNames('cao tốc')).toEqual(['Bộ Giao thông vận tải']);
    expect(leadNames('khoáng sản')).toEqual(['Bộ Tài nguyên và Môi trường']);
    expect(leadNames('tăng cường giám sát')).toEqual(['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']);
  });

  it('passes partners of a lead-in to its items', () => {
    const item = x.commitments.find((c) => c.text.includes('hằng tháng'));
    expect(item?.partners.map((id) => nameOf(x, id))).toEqual(['Bộ Tài chính', 'Văn phòng Chính phủ']);
    expect(item?.deadlines).toEqual([]);
  });

  it('resolves its deadlines, including a quarter and a year', () => {
    const dates = x.commitments.flatMap((c) => c.deadlines.map((d) => d.date));
    expect(dates).toEqual(expect.arrayContaining(['2024-06-30', '2024-03-31', '2024-09-15', '2025-12-31']));
  });

  it('records the 2025 successor of merged ministries', () => {
    expect(x.agencies.find((agency) => agency.name === 'Bộ Kế hoạch và Đầu tư')?.successor).toMatchObject({
      name: 'Bộ Tài chính',
      change: 'merged-into',
    });
  });
});

describe('a city plan with "Cơ quan chủ trì:" lines (fixture)', async () => {
  const x = await extractFile('scripts/ingest/extract/__fixtures__/provincial-decision.fixture.txt');
  const task = (text: string) => x.commitments.find((c) => c.text.includes(text));

  it('takes lead, partners and time from the field lines under a task', () => {
    const data = task('nền tảng dữ liệu');
    expect(data?.lead.map((id) => nameOf(x, id))).toEqual(['Sở Thông tin và Truyền thông']);
    expect(data?.partners.map((id) => nameOf(x, id))).toEqual(['Sở Tài chính', 'Ủy ban nhân dân các quận, huyện']);
    expect(data?.deadlines.map((d) => d.date)).toEqual(['2025-06-30']);
  });

  it('names a city committee "thành phố" and keeps the city in the id', () => {
    expect(task('Số hóa hồ sơ')?.lead).toEqual(['van-phong-uy-ban-nhan-dan-thanh-pho-can-tho']);
  });

  it('gives "Trách nhiệm của X" items their lead and reads "Chủ trì, phối hợp với Y"', () => {
    const item = task('đánh giá chỉ số');
    expect(item?.lead).toEqual(['so-noi-vu-can-tho']);
    expect(item?.partners).toEqual(['so-khoa-hoc-va-cong-nghe-can-tho']);
  });

  it('does not make commitments of the field lines themselves', () => {
    expect(x.commitments.some((c) => /Cơ quan chủ trì/u.test(c.text))).toBe(false);
  });
});

describe('the staff-editable registry', () => {
  it('names the file when a hand-edited agency entry is invalid', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'khm-registry-'));
    await mkdir(path.join(dir, 'agencies'));
    await writeFile(path.join(dir, 'agencies', 'so-y-te-ca-mau.yaml'), 'name: Sở Y tế\nkind: sở\n');
    await expect(loadExtractContext(dir, 'test')).rejects.toThrow(
      // The one diagnostic format: file, line and field, what is wrong and what to write.
      /so-y-te-ca-mau\.yaml:2 kind: "sở" is not an allowed value\. Use one of: government, /u,
    );
  });

  it('keeps a kind that staff corrected', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'khm-registry-'));
    await mkdir(path.join(dir, 'agencies'));
    await writeFile(
      path.join(dir, 'agencies', 'trung-tam-phat-trien-quy-dat-ca-mau.yaml'),
      'name: Trung tâm Phát triển quỹ đất\nkind: department\nplace: ca-mau\n',
    );
    const ctx = { ...(await loadExtractContext(dir, 'test')), themes: (await loadExtractContext(THEMES_DIR, 'test')).themes };
    const x = extractEntities(
      parse(
        normalize(
          'x.txt',
          'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 2/KH-UBND\n\nCà Mau, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n\n1. Trung tâm Phát triển quỹ đất tập trung giải phóng mặt bằng các dự án.\n',
        ),
      ),
      ctx,
    );
    expect(x.agencies.find((agency) => agency.id === 'trung-tam-phat-trien-quy-dat-ca-mau')?.kind).toBe('department');
  });

  it('maps a spelling that staff added as an alias to their agency', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'khm-registry-'));
    await mkdir(path.join(dir, 'agencies'));
    await writeFile(
      path.join(dir, 'agencies', 'so-tai-chinh-ca-mau.yaml'),
      'name: Sở Tài chính\naliases: ["Phòng Tài chính tỉnh"]\nkind: department\nplace: ca-mau\n',
    );
    const ctx = { ...(await loadExtractContext(dir, 'test')), themes: (await loadExtractContext(THEMES_DIR, 'test')).themes };
    const parsed = parse(
      normalize(
        'x.txt',
        'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 1/KH-UBND\n\nCà Mau, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n\n1. Phòng Tài chính tỉnh chủ trì rà soát các khoản chi.\n',
      ),
    );
    const x = extractEntities(parsed, ctx);
    expect(x.commitments[0]?.lead).toEqual(['so-tai-chinh-ca-mau']);
    expect(x.diagnostics.some((d) => d.field === 'agencies.so-tai-chinh-ca-mau')).toBe(false);
  });
});

describe('what is not a commitment', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH CÀ MAU',
    '',
    'Số: 5/KH-UBND',
    '',
    'Cà Mau, ngày 02 tháng 3 năm 2023',
    '',
    'KẾ HOẠCH',
    '',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    '',
    'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:',
    '',
    'I. KẾT QUẢ THỰC HIỆN NĂM 2022',
    '',
    '1. Về thực hiện nhiệm vụ phát triển kinh tế',
    '',
    'Sở Tài chính đã tập trung quản lý thu ngân sách, tổng thu đạt 5.000 tỷ đồng.',
    '',
    'II. NHIỆM VỤ TRỌNG TÂM',
    '',
    'Tăng cường quản lý thu ngân sách nhà nước trên địa bàn tỉnh.',
    '',
    'STT',
    '',
    'Nhiệm vụ thẩm định hồ sơ',
    '',
    '250',
    '',
  ].join('\n');
  it('skips the preamble, past results and table cells, keeps the task', async () => {
    const x = extractEntities(parse(normalize('inline.txt', text)), await emptyContext('inline'));
    expect(x.commitments.map((c) => c.text)).toEqual(['Tăng cường quản lý thu ngân sách nhà nước trên địa bàn tỉnh.']);
  });
});

describe('procedures and forms', () => {
  const text = [
    'BỘ KHOA HỌC VÀ CÔNG NGHỆ',
    '',
    'Số: 40/QĐ-BKHCN',
    '',
    'Hà Nội, ngày 02 tháng 12 năm 2025',
    '',
    'QUYẾT ĐỊNH',
    '',
    'Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính mới ban hành.',
    '',
    'Điều 2. Giao Vụ Khoa học kỹ thuật chủ trì, phối hợp với Văn phòng Bộ cập nhật thủ tục trên Cổng Dịch vụ công quốc gia.',
    '',
    'PHỤ LỤC',
    'THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH',
    '',
    '1. Trình tự thực hiện',
    '',
    '- Tổ chức nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia trong thời hạn quy định.',
    '',
    'Tên tổ chức chủ trì:..............................................',
    '',
  ].join('\n');
  it('keeps the assigned task and skips procedure steps and form blanks', async () => {
    const x = extractEntities(parse(normalize('procedure.txt', text)), await emptyContext('procedure'));
    expect(x.commitments.map((c) => c.text)).toEqual([expect.stringMatching(/^Điều 2\. Giao Vụ Khoa học kỹ thuật/u)]);
    expect(x.commitments[0]?.lead.map((id) => nameOf(x, id))).toEqual(['Vụ Khoa học kỹ thuật']);
  });
});

describe('letters without headings', () => {
  const text = [
    'VĂN PHÒNG CHÍNH PHỦ',
    '',
    'Số: 100/VPCP-KGVX',
    '',
    'Hà Nội, ngày 02 tháng 12 năm 2025',
    '',
    'Kính gửi: Bộ Khoa học và Công nghệ.',
    '',
    'Xét Tờ trình số 226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ, Phó Thủ tướng có ý kiến như sau:',
    '',
    'Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Quốc phòng rà soát, hoàn thiện hồ sơ trước ngày 31/12/2025.',
    '',
    'Để bảo đảm tiến độ, đề nghị các Thuế tỉnh, thành phố khẩn trương báo cáo kết quả.',
    '',
    'Sở Tư pháp ban hành Kế hoạch triển khai thực hiện trong quý I/2026.',
    '',
    'Văn phòng Chính phủ thông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.',
  ].join('\n');
  it('keeps the assigned paragraphs and skips the address, preamble and closing formula', async () => {
    const x = extractEntities(parse(normalize('letter.txt', text)), await emptyContext('letter'));
    expect(x.commitments.map((c) => c.lead.map((id) => nameOf(x, id)))).toEqual([
      ['Bộ Khoa học và Công nghệ'],
      ['Các Thuế tỉnh, thành phố'],
      ['Sở Tư pháp'],
    ]);
    expect(x.commitments[0]?.partners.map((id) => nameOf(x, id))).toEqual(['Bộ Quốc phòng']);
    expect(x.commitments[0]?.deadlines.map((d) => d.date)).toEqual(['2025-12-31']);
  });
});

describe('the theme taxonomy', async () => {
  const { themes } = await loadExtractContext(THEMES_DIR, 'test');
  it('has at least 12 themes with ASCII ids and exactly one fallback', () => {
    expect(themes.length).toBeGreaterThanOrEqual(12);
    expect(themes.every((theme) => /^[a-z0-9-]+$/u.test(theme.id))).toBe(true);
    expect(themes.filter((theme) => theme.fallback)).toHaveLength(1);
  });
});

describe('an empty document', () => {
  it('yields nothing and does not fail', async () => {
    const x = extractEntities(parse(normalize('empty.txt', 'KẾ HOẠCH\n')), await emptyContext('empty'));
    expect(x.commitments).toEqual([]);
    expect(x.agencies).toEqual([]);
  });
});

describe('the province of a document', () => {
  const parsedWith = (placeName: string | null, issuer: string | null, body: string): ParsedDocument => ({
    file: 'x.txt',
    header: {
      number: null,
      type: 'Thông báo',
      kind: 'plan',
      issuer,
      placeName,
      issued: null,
      signer: null,
      signerTitle: null,
      title: 'THÔNG BÁO',
      period: null,
      recipients: [],
      people: [],
    },
    sections: [],
    blocks: [
      {
        index: 0,
        kind: 'paragraph',
        label: '',
        style: 'none',
        text: body,
        content: body,
        line: 1,
        parent: null,
        section: null,
        zone: 'body',
      },
    ],
    footnotes: [],
    tables: [],
    frontMatterLines: [],
    backMatterLines: [],
  });

  it.each([
    ['the place-date line', 'Cà Mau', null, '', 'ca-mau'],
    ['the issuer', null, 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', '', 'hau-giang'],
    ['the province the text names most', null, null, 'Đại hội Đảng bộ tỉnh Hậu Giang; tỉnh Hậu Giang và tỉnh Cà Mau', 'hau-giang'],
  ])('comes from %s', (_source, placeName, issuer, body, id) => {
    expect(extractPlace(parsedWith(placeName, issuer, body))?.id).toBe(id);
  });

  it('is none for a national issuer or a text that lists several provinces evenly', () => {
    expect(extractPlace(parsedWith('Hà Nội', 'CHÍNH PHỦ', ''))).toBeNull();
    expect(extractPlace(parsedWith(null, null, 'tỉnh Cà Mau, tỉnh Bạc Liêu và tỉnh Kiên Giang phối hợp'))).toBeNull();
  });
});

describe('photo captions in a news text', async () => {
  const text = [
    'Tỉnh triển khai nhiệm vụ 6 tháng cuối năm',
    '',
    'Chiều 5/7, Ủy ban nhân dân tỉnh tổ chức hội nghị trực tuyến triển khai nhiệm vụ 6 tháng cuối năm.',
    '',
    'Hội nghị trực tuyến tại tỉnh triển khai phương hướng, nhiệm vụ, giải pháp 6 tháng còn lại.',
    'Hội nghị trực tuyến tại tỉnh triển khai phương hướng, nhiệm vụ, giải pháp 6 tháng còn lại.',
    '',
    'Sở Y tế tập trung triển khai tiêm chủng mở rộng trong thời gian tới',
    'Ảnh: Minh Anh',
    '',
    'Chủ tịch yêu cầu các sở, ngành tập trung đẩy mạnh giải ngân vốn đầu tư công trong thời gian tới.',
  ].join('\n');
  const x = await extractText('tin-tuc.txt', text);

  it('never takes a caption for a commitment, nor its subject for an agency', () => {
    expect(x.commitments.map((c) => c.text)).toEqual([
      'Chủ tịch yêu cầu các sở, ngành tập trung đẩy mạnh giải ngân vốn đầu tư công trong thời gian tới.',
    ]);
    expect(x.agencies.map((agency) => agency.name)).not.toContain('Hội nghị trực tuyến tại tỉnh');
    expect(x.agencies.map((agency) => agency.name)).not.toContain('Sở Y tế');
  });
});

describe('pseudo-assignments', async () => {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
    'Số: 12/QĐ-UBND',
    'Thử Nghiệm, ngày 02 tháng 12 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc công bố danh mục thủ tục hành chính',
    'Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính, cụ thể:',
    '- TTHC cấp tỉnh: 24 TTHC.',
    '- TTHC cấp xã: 01 TTHC.',
    'Điều 2. Tổ chức thực hiện',
    'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.',
  ].join('\n\n');
  const x = await extractText('quyet-dinh-tthc.txt', text);

  it('are not commitments when what looks like the subject names no agency, while office holders lead theirs', () => {
    expect(x.commitments.map((c) => c.text)).toEqual([
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    expect(x.commitments[0]?.lead.map((id) => nameOf(x, id))).toEqual(['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tư pháp']);
  });
});

describe('a national task table scraped as one cell per line (fixture)', async () => {
  const x = await extractFile('scripts/ingest/extract/__fixtures__/task-table.fixture.md');
  const row = (text: string) => x.commitments.find((c) => c.text.startsWith(text));

  it('gives each task the lead, partners and time of its row', () => {
    expect(x.commitments.map((c) => c.text.slice(0, 20))).toEqual(['Nghiên cứu, xây dựng', 'Triển khai nền tảng ']);
    expect(row('Nghiên cứu')?.lead.map((id) => nameOf(x, id))).toEqual(['Bộ Khoa học và Công nghệ']);
    expect(row('Nghiên cứu')?.partners.map((id) => nameOf(x, id))).toEqual(['Bộ Công an', 'Bộ Tài chính', 'Các bộ, ngành có liên quan']);
    expect(row('Triển khai')?.lead.map((id) => nameOf(x, id))).toEqual(['Bộ Công an']);
    expect(row('Triển khai')?.partners).toEqual([]);
    expect(row('Triển khai')?.deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
  });
});
