import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.ts';
import { readAgencyList } from './agency-grammar.ts';
import { canonicalName, inferKind, isAgencyName, nameKey } from './agency-name.ts';
import { readClause } from './clause.ts';
import { findReferences as findReferencesWith } from './references.ts';
import { assignThemes, compileThemes } from './themes.ts';
import { looksLikePerson } from './people.ts';
import { successorOf } from './agencies.ts';

const lexicon = loadLexicon();
const findReferences = (text: string) => findReferencesWith(text, lexicon.facts.references);

describe('agency names', () => {
  it.each([
    ['Cục thuế tỉnh', 'Cục Thuế tỉnh Cà Mau'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển Nông thôn'],
    ['Sở KH & ĐT', 'Sở Kế hoạch và Đầu tư tỉnh Hậu Giang'],
    ['UBND tỉnh', 'Uỷ ban nhân dân tỉnh Cà Mau'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch'],
    ['Sở NN và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh Cà Mau'],
    ['Sở Lao động, Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội'],
  ])('gives "%s" and "%s" one key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps different agencies apart', () => {
    expect(nameKey('Sở Tài chính')).not.toBe(nameKey('Sở Tư pháp'));
  });

  it.each([
    ['Cục thuế tỉnh Cà Mau', 'Cục Thuế tỉnh'],
    ['Sở Y tế tỉnh Hậu Giang', 'Sở Y tế'],
    ['Trung tâm xúc tiến đầu tư và hỗ trợ doanh nghiệp (iPEC)', 'Trung tâm Xúc tiến Đầu tư và Hỗ trợ doanh nghiệp'],
    ['Thủ trưởng các sở, ban, ngành tỉnh', 'Các sở, ban, ngành tỉnh'],
    ['Cục trưởng các Cục thuộc Bộ Công Thương', 'Các Cục thuộc Bộ Công Thương'],
    ['Bộ trưởng Bộ Công Thương', 'Bộ Công Thương'],
    ['Các Bộ trưởng', 'Các bộ'],
    ['Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)', 'Các chủ rừng là tổ chức'],
  ])('writes "%s" canonically as "%s"', (mention, expected) => {
    expect(canonicalName(mention)).toBe(expected);
  });

  it.each([
    ['Các sở, ban, ngành tỉnh', 'group'],
    ['Ủy ban nhân dân các huyện, thành phố', 'group'],
    ['Bộ Tài chính', 'ministry'],
    ['Văn phòng Chính phủ', 'government'],
    ['Công an tỉnh', 'central-branch'],
    ['Sở Xây dựng', 'department'],
    ['Tỉnh ủy', 'party'],
    ['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'party'],
    ['Đảng đoàn Hội đồng nhân dân tỉnh', 'party'],
    ['Thị ủy Ba Đồn', 'party'],
    ['Hội Nông dân tỉnh', 'front'],
    ['Trung tâm Phát triển quỹ đất', 'unit'],
    ['Ủy ban nhân dân tỉnh', 'people-committee'],
  ])('infers the kind of "%s" as %s', (name, kind) => {
    expect(inferKind(name)).toBe(kind);
  });
});

describe('references', () => {
  it.each([
    [
      'Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ',
      { id: '01-nq-cp-2023', number: '01/NQ-CP', type: 'Nghị quyết', issuer: 'Chính phủ', date: '2023-01-06', title: 'về nhiệm vụ' },
    ],
    ['Chương trình số 31-CTr/TU', { id: '31-ctr-tu', number: '31-CTr/TU', type: 'Chương trình', issuer: 'Tỉnh ủy', date: null }],
    ['theo Quyết định 768/QĐ-TTg', { number: '768/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ' }],
    ['Nghị quyết 21/NQ-HĐND ngày 9 tháng 12 năm 2022', { number: '21/NQ-HĐND', issuer: 'Hội đồng nhân dân', date: '2022-12-09' }],
    ['Nghị quyết số 202/2025/QH15', { id: '202-2025-qh15', issuer: 'Quốc hội' }],
  ])('reads "%s"', (text, expected) => {
    expect(findReferences(text).map((match) => match.reference)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['Tờ trình số 16384/TTr-UBND ngày 10 tháng 11 năm 2025', '16384/TTr-UBND'],
    ['Phương án số 02600/PA-UBND', '02600/PA-UBND'],
    ['Nghị định số 170/2025/NĐ- CP của Chính phủ', '170/2025/NĐ-CP'],
    ['Nghị quyết số 27/NQ- TW', '27-NQ/TW'],
    ['Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ', '49/QCPH-UBND-UBMT-HCTĐ'],
  ])('reads the number of "%s" in its canonical spelling', (text, number) => {
    expect(findReferences(text).map((match) => match.reference.number)).toEqual([number]);
  });

  it('does not take dates or year ranges for document numbers', () => {
    expect(findReferences('giai đoạn 2021-2025, ngày 31/01/2023, tỷ lệ 13/15')).toEqual([]);
  });
});

describe('themes', () => {
  const themes = compileThemes([
    { id: 'tai-chinh', name: 'Tài chính', order: 1, keywords: ['ngân sách', 'thuế'], fallback: false },
    { id: 'y-te', name: 'Y tế', order: 2, keywords: ['y tế'], fallback: false },
    { id: 'chung', name: 'Chung', order: 9, keywords: ['báo cáo'], fallback: true },
  ]);

  it('matches whole words, not parts of words', () => {
    expect(assignThemes(themes, 'Tăng cường quản lý thu ngân sách và chống nợ thuế.')).toEqual(['tai-chinh']);
    expect(assignThemes(themes, 'Cho thuê mặt bằng.')).toEqual(['chung']);
  });

  it('gives every item at least the fallback theme', () => {
    expect(assignThemes(themes, 'Tổ chức thực hiện nghiêm túc.')).toEqual(['chung']);
  });
});

describe('agency mentions', () => {
  it.each([
    ['Ubnd thành phố', 'Ủy ban nhân dân thành phố'],
    ['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh'],
  ])('writes "%s" as "%s"', (mention, expected) => {
    expect(canonicalName(mention)).toBe(expected);
  });

  it('knows "Đoàn Thanh niên" is a mass organisation despite the "oà" in "đoàn"', () => {
    expect(inferKind('Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh')).toBe('front');
  });

  it.each([
    ['Bộ chỉ số'],
    ['Bộ tiêu chí nông thôn mới'],
    ['Văn phòng phẩm, thông tin liên lạc'],
    ['TTHC cấp tỉnh'],
    ['Các trường hợp chưa'],
    ['Hội đồng …… cam kết'],
    ['Thủ trưởng'],
    ['Đơn vị'],
  ])('does not take "%s" for an agency', (mention) => {
    expect(isAgencyName(canonicalName(mention))).toBe(false);
  });

  it.each([['Bộ Tài chính'], ['Các Bộ'], ['Bộ trưởng'], ['Ban Chỉ đạo'], ['VNMAC'], ['Trung tâm Phục vụ hành chính công']])(
    'keeps "%s" an agency',
    (mention) => {
      expect(isAgencyName(canonicalName(mention))).toBe(true);
    },
  );
});

describe('people', () => {
  it.each([
    ['Nguyễn Tiến Hải', true],
    ['Cửu Long', false],
    ['Cà Mau', false],
    ['Ủy ban Nhân', false],
  ])('tells whether "%s" is a person', (name, expected) => {
    expect(looksLikePerson(name)).toBe(expected);
  });
});

describe('more assignments', () => {
  it.each([
    ['[7] Cục Tài chính Bộ Quốc phòng chủ trì, phối hợp các cơ quan liên quan thẩm định.', ['Cục Tài chính Bộ Quốc phòng']],
    ['VNMAC có trách nhiệm giúp Bộ Quốc phòng thẩm định chương trình.', ['VNMAC']],
    ['Binh chủng Công binh thẩm định phương án kỹ thuật thi công.', ['Binh chủng Công binh']],
    ['Bộ Quốc phòng giao nhiệm vụ cho các tổ chức thực hiện.', ['Bộ Quốc phòng']],
  ])('reads the lead of "%s"', (text, lead) => {
    expect(readClause(text, lexicon).lead).toEqual(lead);
  });

  it('does not take an all-capitals heading for an acronym', () => {
    expect(readClause('BAN CHỈ ĐẠO TỈNH', lexicon).lead.some((mention) => /^[A-ZĐ]+$/u.test(mention))).toBe(false);
  });
});

describe('issuers of cited documents', () => {
  it.each([
    ['Nghị định số 175/2025/NĐ-CP ngày 30/6/2025 của Chính phủ sửa đổi, bổ sung một số điều', 'Chính phủ'],
    [
      'Quyết định số 945/QĐ-BVHTTDL ngày 09 tháng 4 năm 2024 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về việc công bố',
      'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch',
    ],
    ['Nghị quyết số 21/NQ-HĐND ngày 9/12/2022 của Hội đồng nhân dân tỉnh, Kế hoạch số 5/KH-UBND', 'Hội đồng nhân dân tỉnh'],
  ])('reads the issuer of "%s"', (text, issuer) => {
    expect(findReferences(text)[0]?.reference.issuer).toBe(issuer);
  });
});

describe('abbreviated fields inside names', () => {
  it('keeps "Sở Nông nghiệp và PTNT" as one agency', () => {
    expect(readAgencyList('Sở Nông nghiệp và PTNT, Sở TN&MT', 0, lexicon)?.mentions).toEqual(['Sở Nông nghiệp và PTNT', 'Sở TN&MT']);
    expect(nameKey('Sở Nông nghiệp và PTNT')).toBe(nameKey('Sở Nông nghiệp và Phát triển nông thôn'));
  });
});

describe('2025 successors', () => {
  it('applies a province-specific rule only in that province', () => {
    expect(successorOf('Ban Dân tộc', 'Cà Mau')?.name).toBe('Sở Dân tộc và Tôn giáo tỉnh Cà Mau');
    expect(successorOf('Ban Dân tộc', 'Nghệ An')?.name).not.toBe('Sở Dân tộc và Tôn giáo tỉnh Cà Mau');
  });

  it('prefers a merger to a transfer of some functions', () => {
    expect(successorOf('Sở Kế hoạch và Đầu tư', 'Cà Mau')).toMatchObject({ name: 'Sở Tài chính', change: 'merged-into' });
  });

  it('gives unchanged agencies no successor', () => {
    expect(successorOf('Sở Tư pháp', 'Cà Mau')).toBeNull();
  });
});

describe('regulations of an agency', () => {
  it.each([
    ['QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP', 'Sở tư pháp'],
    ['Nhiệm vụ và quyền hạn của Sở Y tế', 'Sở Y tế'],
  ])('reads "%s" as the lead-in of %s', (text, lead) => {
    const clause = readClause(text, lexicon);
    expect(clause.assignsOnly).toBe(true);
    expect(clause.lead.map(canonicalName)).toEqual([canonicalName(lead)]);
    expect(canonicalName(lead)).toMatch(/^Sở (?:Tư pháp|Y tế)$/u);
  });

  it('does not read a bare "Nhiệm vụ và quyền hạn" as an assignment', () => {
    expect(readClause('Nhiệm vụ và quyền hạn', lexicon).lead).toEqual([]);
  });
});
