/**
 * Which blocks are tasks and who leads them, on short texts in the layouts of real documents.
 * Each case lists the commitments as "<first words> ← <leads>".
 */
import { describe, expect, it } from 'vitest';
import { extractText, nameOf } from './test-helpers.ts';

const HEADER =
  'ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\n\nSố: 12/KH-UBND\n\nThử Nghiệm, ngày 02 tháng 12 năm 2025\n\nKẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2026\n\n';

/** The commitments of a text as "<first five words> ← <lead names>". */
async function tasksOf(body: string): Promise<string[]> {
  const x = await extractText('ke-hoach.txt', HEADER + body);
  return x.commitments.map(
    (c) =>
      `${c.text
        .replace(/^(?:[-+]|[a-zđ]\)|\d+\.)\s*/u, '')
        .split(/\s+/u)
        .slice(0, 5)
        .join(' ')} ← ${c.lead.map((id) => nameOf(x, id)).join(' | ')}`,
  );
}

describe('tasks and their leads', () => {
  it.each([
    [
      'an agency heading gives its lead to every item under it, and an item with its own subject keeps its own',
      'I. NHIỆM VỤ\n\n1. Sở Công Thương:\n\n- Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ.\n\n- Phối hợp Công an tỉnh tổ chức vận chuyển hàng hóa.\n\n- Công an tỉnh bảo đảm an ninh tại các điểm cấp phát.',
      ['Chủ trì điều phối toàn ← Sở Công Thương', 'Phối hợp Công an tỉnh ← Sở Công Thương', 'Công an tỉnh bảo đảm ← Công an tỉnh'],
    ],
    [
      'a heading whose children are tasks is not a task, nor is a purpose or a goal',
      'I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao hiệu quả công tác quản lý nhà nước.\n\nII. MỤC TIÊU\n\n1. Phấn đấu 100% hồ sơ được xử lý trực tuyến.\n\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n1. Hoàn thiện cơ chế, chính sách\n\na) Rà soát toàn diện các văn bản quy phạm pháp luật;\n\nb) Đề xuất sửa đổi các quy định về dữ liệu điện tử.',
      ['Rà soát toàn diện các ← ', 'Đề xuất sửa đổi các ← '],
    ],
    [
      'a clause label with one unmarked paragraph under it is one task, the label’s',
      'III. NHIỆM VỤ\n\nb) Xây dựng, phát triển nền tảng nghiệp vụ ứng dụng số trong vận hành:\n\nXây dựng hệ thống quản lý tài sản theo hướng thống nhất, tập trung.',
      ['Xây dựng, phát triển nền ← '],
    ],
    [
      'an item that names a lead and partners, then its action in an unmarked paragraph, is one task',
      'Điều 2. Giao các cơ quan, đơn vị:\n1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng UBND tỉnh:\nRà soát, xây dựng quy trình nội bộ, quy trình điện tử trong giải quyết thủ tục hành chính.\nThời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày ban hành Quyết định.\n2. Sở Tài chính bố trí kinh phí thực hiện.',
      ['Sở Nông nghiệp và Môi ← Sở Nông nghiệp và Môi trường', 'Sở Tài chính bố trí ← Sở Tài chính'],
    ],
    [
      'owners named as a group head the items under them',
      'III. TỔ CHỨC THỰC HIỆN\n\n1. Các chủ rừng là tổ chức (các Ban quản lý rừng phòng hộ, các Công ty lâm nghiệp…)\n\n- Thực hiện đầy đủ quyền, nghĩa vụ của chủ rừng theo quy định.\n\n- Chủ động phối hợp với các cơ quan chức năng giải quyết dứt điểm các vụ việc.',
      ['Thực hiện đầy đủ quyền, ← Các chủ rừng là tổ chức', 'Chủ động phối hợp với ← Các chủ rừng là tổ chức'],
    ],
    [
      'labelled fields under a task give its lead, and are not tasks themselves',
      'III. NHIỆM VỤ\n\n1. Hoàn thiện nền tảng dữ liệu dùng chung của tỉnh.\n\n- Đơn vị thực hiện: Sở Khoa học và Công nghệ.\n\n- Đơn vị phối hợp: Sở Tài chính.\n\n- Thời gian thực hiện: Quý II/2026.',
      ['Hoàn thiện nền tảng dữ ← Sở Khoa học và Công nghệ'],
    ],
    [
      'a document-wide lead-in names the leads of the items without their own subject',
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường thực hiện các nhiệm vụ sau:\n\n1. Tăng cường kiểm tra việc khai thác nước dưới đất.\n\n2. Sở Xây dựng rà soát quy hoạch cấp nước.',
      ['Tăng cường kiểm tra việc ← Các sở, ban, ngành | Ủy ban nhân dân các xã, phường', 'Sở Xây dựng rà soát ← Sở Xây dựng'],
    ],
    [
      'the closing formula, the entry into force and a funding paragraph that assigns nobody are not tasks',
      'III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính chủ trì theo dõi việc thực hiện Kế hoạch.\n\nIV. KINH PHÍ\n\nKinh phí thực hiện từ nguồn ngân sách tỉnh và các nguồn hợp pháp khác.\n\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Tài chính.\n\nKế hoạch này có hiệu lực kể từ ngày ký.',
      ['Sở Tài chính chủ trì ← Sở Tài chính'],
    ],
    [
      'a lead-in beside the items of a section (not their parent) names their lead, and is not a task',
      'II. NHIỆM VỤ TRỌNG TÂM\n\nĐể thực hiện thắng lợi các mục tiêu năm 2026, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tập trung thực hiện những nội dung sau:\n\n1. Đẩy mạnh giải ngân vốn đầu tư công.\n\n2. Công an tỉnh bảo đảm an ninh trật tự.',
      ['Đẩy mạnh giải ngân vốn ← Các sở, ban, ngành', 'Công an tỉnh bảo đảm ← Công an tỉnh'],
    ],
    [
      'a flat lead-in before numbered items is not a task, and bodies a regulation names by their role are actors',
      'Để bảo đảm phối hợp chặt chẽ, các cơ quan thực hiện theo hình thức sau:\n\n1. Cơ quan chủ trì có trách nhiệm gửi văn bản lấy ý kiến đến các cơ quan phối hợp.\n\n2. Cơ quan phối hợp chịu trách nhiệm trả lời bằng văn bản đúng thời hạn.',
      ['Cơ quan chủ trì có ← Cơ quan chủ trì', 'Cơ quan phối hợp chịu ← Cơ quan phối hợp'],
    ],
    [
      'the addressees listed after "… điện:" are not tasks',
      'THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Tài chính, Nội vụ, Y tế.\n\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị.\n\n1. Bộ Tài chính chủ trì hướng dẫn chi trả chế độ bảo hiểm cho người dân.',
      ['Bộ Tài chính chủ trì ← Bộ Tài chính'],
    ],
    [
      'a noun phrase under a clause label is part of that task, not a task of its own',
      'III. NHIỆM VỤ\n\nc) Triển khai các nền tảng số dùng chung của tỉnh:\n\n- Nền tảng dữ liệu nông nghiệp\n\n- Nền tảng quản lý đô thị thông minh',
      ['Triển khai các nền tảng ← '],
    ],
  ])('%s', async (_name, body, expected) => {
    expect(await tasksOf(body)).toEqual(expected);
  });

  it('resolves a cross-reference assignment to the items it names', async () => {
    const body = [
      'Điều 1. Phê duyệt Đề án với các nội dung sau:',
      'I. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Hoàn thiện thể chế',
      'a) Rà soát toàn diện các luật về chuyển đổi số;',
      'b) Đề xuất ban hành quy định về hồ sơ điện tử.',
      '2. Phát triển hạ tầng',
      'a) Đầu tư hạ tầng công nghệ thông tin đồng bộ.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Bộ Xây dựng',
      'Chủ trì, phối hợp với các cơ quan liên quan thực hiện các nhiệm vụ quy định tại mục 1 Phần I Điều 1 Quyết định này.',
      '2. Bộ Tài chính',
      'Phối hợp với Bộ Xây dựng thực hiện nhiệm vụ quy định tại điểm a mục 2 Phần I Điều 1 Quyết định này.',
    ].join('\n\n');
    const x = await extractText('quyet-dinh.txt', body);
    const who = (start: string) => {
      const c = x.commitments.find((commitment) => commitment.text.includes(start))!;
      return [c.lead.map((id) => nameOf(x, id)), c.partners.map((id) => nameOf(x, id))];
    };
    expect(who('Rà soát toàn diện')).toEqual([['Bộ Xây dựng'], ['Các cơ quan liên quan']]);
    expect(who('Đề xuất ban hành')).toEqual([['Bộ Xây dựng'], ['Các cơ quan liên quan']]);
    expect(who('Đầu tư hạ tầng')).toEqual([[], ['Bộ Tài chính']]);
  });

  it('gives each row of a task table its own cells, never the row above’s', async () => {
    const table = [
      '|',
      'STT',
      '|',
      'Nhiệm vụ',
      '|',
      'Đơn vị thực hiện',
      '|',
      'Đơn vị phối hợp',
      '|',
      'Thời gian',
      '|',
      '|',
      '1',
      '|',
      'Rà soát, sửa đổi các quy định về giao dịch điện tử',
      '|',
      'Sở Tư pháp',
      '|',
      'Các sở, ban, ngành',
      '|',
      '2026',
      '|',
      '|',
      '2',
      '|',
      'Triển khai hạ tầng số và hạ tầng bưu chính',
      '|',
      'Sở Khoa học và Công nghệ',
      '|',
      '|',
      '2026 - 2030',
      '|',
    ].join('\n');
    expect(await tasksOf(`PHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\n${table}`)).toEqual([
      'Rà soát, sửa đổi các ← Sở Tư pháp',
      'Triển khai hạ tầng số ← Sở Khoa học và Công nghệ',
    ]);
  });
});
