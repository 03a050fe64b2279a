/**
 * Web chrome and portal furniture that is not part of a document's text.
 *
 * Every rule matches a *whole* normalised line, so a sentence that merely contains
 * one of these words is never dropped. Removed lines are kept by `normalize` in
 * `NormalizedText.removed`, which the "nothing lost" check excludes.
 */

/** Photo widget alt text: "<article title> ảnh 1". The line after it is the photo's caption. */
export const PHOTO_MARKER = /^.* ảnh \d+$/;

/** Whole-line patterns of boilerplate met in scraped pages and legal portals. */
export const BOILERPLATE_LINES: RegExp[] = [
  /^Đang tải (nội dung|văn bản)\b.*$/i, // "Đang tải nội dung, vui lòng chờ giây lát..."
  /^\d{1,2}:\d{2}( \/ \d{1,2}:\d{2})?$/, // video player "0:00 / 0:00"
  /^Hệ thống pháp luật$/i,
  /^(Bản dịch này thuộc quyền sở hữu|THƯ VIỆN PHÁP LUẬT\b).*$/i,
  /^Mọi hành vi sao chép\b.*$/i,
  /^.*\bhas the copyright on this translation\b.*$/i,
  /^.*\bis a violation against the Law on Intellectual Property\.?$/i,
  /^CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN$/,
  /^Các nội dung của VB này được VB khác thay đổi\b.*$/,
  /^các màu sắc:$/,
  /^: Sửa đổi, thay thế,$/,
  /^hủy bỏ$/,
  /^Click vào phần bôi vàng để xem chi tiết\.?$/,
  /^X$/, // close button of the portal's pop-up
  /^FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN$/i,
  /^(Tải về|In|Lưu|Chia sẻ|Bình luận|Xem thêm|Văn bản gốc|Văn bản liên quan)$/i,
  PHOTO_MARKER,
  /^[-–]\s*\d{1,3}\s*[-–]$/, // page number of a printed page: "- 12 -"
  /^Trang \d{1,3}(\s*(\/|trên)\s*\d{1,3})?$/i, // "Trang 2/15"
];

/**
 * First line of the legal portal's trailing panel (related documents, comparison help,
 * contact details, notices to members): from here to the end nothing is the document.
 */
export const TRAILING_PANEL_START = /^(Văn bản này chưa cập nhật nội dung Tiếng Anh|Văn bản liên quan|NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN)$/;

/** Labels of the legal portal's metadata table ("Số hiệu:", "Người ký:"), followed by their value. */
export const PORTAL_META_LABELS = new Map<string, string>([
  ['số hiệu', 'number'],
  ['loại văn bản', 'type'],
  ['nơi ban hành', 'issuer'],
  ['người ký', 'signer'],
  ['ngày ban hành', 'issued'],
  ['ngày hiệu lực', 'effective'],
  ['ngày công báo', 'gazette-date'],
  ['số công báo', 'gazette-number'],
  ['tình trạng', 'status'],
]);

/** True when the whole line is boilerplate. */
export function isBoilerplate(line: string): boolean {
  return BOILERPLATE_LINES.some((rule) => rule.test(line));
}

/** The metadata key of a portal label line such as "Số hiệu:", or null. */
export function portalMetaKey(line: string): string | null {
  const match = /^([^:]{3,20}):$/.exec(line);
  if (!match) return null;
  return PORTAL_META_LABELS.get(match[1]!.trim().toLowerCase()) ?? null;
}
