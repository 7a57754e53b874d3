-- Dataset: legal normative and administrative documents (CSDL văn bản QPPL và văn bản hành chính).
-- Tables are private to the schema; the API and every open output read the open_* views.
CREATE SCHEMA IF NOT EXISTS legaldocs;

-- Document types: the 21 normative types of Art. 4 Law 64/2025/QH15 (shared/reference/legal-doc-types.csv) and the
-- administrative types of Art. 7 Decree 30/2020/NĐ-CP (admin-doc-types.csv).
CREATE TABLE legaldocs.doc_type (
  code      text PRIMARY KEY,
  kind      text NOT NULL CHECK (kind IN ('normative', 'administrative')),
  name_vi   text NOT NULL,
  name_en   text,
  notation  text,
  number_pattern text,
  note      text,
  sort      int NOT NULL
);

INSERT INTO legaldocs.doc_type (code, kind, name_vi, name_en, notation, number_pattern, note, sort) VALUES
  ('HIEN_PHAP','normative','Hiến pháp','Constitution',NULL,NULL,NULL,1),
  ('BO_LUAT','normative','Bộ luật','Code',NULL,'N/YYYY/QH{term}','numbered per National Assembly term',2),
  ('LUAT','normative','Luật','Law',NULL,'N/YYYY/QH{term}','numbered per National Assembly term',3),
  ('NQ_QH','normative','Nghị quyết của Quốc hội','National Assembly Resolution',NULL,'N/YYYY/QH{term}',NULL,4),
  ('PHAP_LENH','normative','Pháp lệnh','Ordinance',NULL,'N/YYYY/UBTVQH{term}',NULL,5),
  ('NQ_UBTVQH','normative','Nghị quyết của Ủy ban Thường vụ Quốc hội','NA Standing Committee Resolution',NULL,'N/YYYY/UBTVQH{term}',NULL,6),
  ('NQLT_UBTVQH_MTTQ','normative','Nghị quyết liên tịch (UBTVQH với Đoàn Chủ tịch UBTƯ MTTQVN; hoặc UBTVQH - Chính phủ - Đoàn Chủ tịch UBTƯ MTTQVN)','Joint Resolution',NULL,NULL,'number pattern not confirmed',7),
  ('LENH_CTN','normative','Lệnh của Chủ tịch nước','Order of the President',NULL,'N/YYYY/L-CTN',NULL,8),
  ('QD_CTN','normative','Quyết định của Chủ tịch nước','Decision of the President',NULL,'N/YYYY/QĐ-CTN','pattern inferred from L-CTN; example not confirmed',9),
  ('NGHI_DINH','normative','Nghị định','Decree',NULL,'N/YYYY/NĐ-CP',NULL,10),
  ('NQ_CP','normative','Nghị quyết của Chính phủ','Government Resolution',NULL,'N/YYYY/NQ-CP','2025 law adds normative Government resolutions; example not confirmed',11),
  ('NQLT_CP_MTTQ','normative','Nghị quyết liên tịch (Chính phủ với Đoàn Chủ tịch UBTƯ MTTQVN)','Joint Resolution',NULL,NULL,NULL,12),
  ('QD_TTG','normative','Quyết định của Thủ tướng Chính phủ','Prime Minister''s Decision',NULL,'N/YYYY/QĐ-TTg',NULL,13),
  ('NQ_HDTP','normative','Nghị quyết của Hội đồng Thẩm phán TANDTC','Resolution of the Council of Judges of the Supreme People''s Court',NULL,'N/YYYY/NQ-HĐTP','pattern not confirmed',14),
  ('THONG_TU','normative','Thông tư','Circular',NULL,'N/YYYY/TT-{issuer}',NULL,15),
  ('THONG_TU_LIEN_TICH','normative','Thông tư liên tịch','Joint Circular',NULL,'N/YYYY/TTLT-{issuer1}-{issuer2}-...',NULL,16),
  ('NQ_HDND_TINH','normative','Nghị quyết của Hội đồng nhân dân cấp tỉnh','Provincial People''s Council Resolution',NULL,'N/YYYY/NQ-HĐND',NULL,17),
  ('QD_UBND_TINH','normative','Quyết định của Ủy ban nhân dân cấp tỉnh','Provincial People''s Committee Decision',NULL,'N/YYYY/QĐ-UBND',NULL,18),
  ('VBQPPL_DVHC_KTDB','normative','Văn bản QPPL của chính quyền địa phương ở đơn vị hành chính - kinh tế đặc biệt','Normative document of a special administrative-economic unit',NULL,NULL,NULL,19),
  ('NQ_HDND_XA','normative','Nghị quyết của Hội đồng nhân dân cấp xã','Commune People''s Council Resolution',NULL,'N/YYYY/NQ-HĐND','post-1/7/2025 commune level; wording after Law 87/2025/QH15 not confirmed',20),
  ('QD_UBND_XA','normative','Quyết định của Ủy ban nhân dân cấp xã','Commune People''s Committee Decision',NULL,'N/YYYY/QĐ-UBND',NULL,21),
  ('NQ_CB','administrative','Nghị quyết (cá biệt)','Resolution (individual)','NQ',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',22),
  ('QD_CB','administrative','Quyết định (cá biệt)','Decision (individual)','QĐ',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',23),
  ('CHI_THI','administrative','Chỉ thị','Directive','CT',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',24),
  ('QUY_CHE','administrative','Quy chế','Regulation (rules)','QC',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',25),
  ('QUY_DINH','administrative','Quy định','Regulation (provisions)','QyĐ',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',26),
  ('THONG_CAO','administrative','Thông cáo','Communiqué','TC',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',27),
  ('THONG_BAO','administrative','Thông báo','Notice','TB',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',28),
  ('HUONG_DAN','administrative','Hướng dẫn','Guidance','HD',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',29),
  ('CHUONG_TRINH','administrative','Chương trình','Programme','CTr',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',30),
  ('KE_HOACH','administrative','Kế hoạch','Plan','KH',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',31),
  ('PHUONG_AN','administrative','Phương án','Option/Scheme','PA',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',32),
  ('DE_AN','administrative','Đề án','Proposal/Scheme','ĐA',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',33),
  ('DU_AN','administrative','Dự án','Project','DA',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',34),
  ('BAO_CAO','administrative','Báo cáo','Report','BC',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',35),
  ('BIEN_BAN','administrative','Biên bản','Minutes','BB',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',36),
  ('TO_TRINH','administrative','Tờ trình','Submission','TTr',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',37),
  ('HOP_DONG','administrative','Hợp đồng','Contract','HĐ',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',38),
  ('CONG_VAN','administrative','Công văn','Official letter',NULL,NULL,'Decree 30/2020/NĐ-CP Art.7; App.III table has no type abbreviation',39),
  ('CONG_DIEN','administrative','Công điện','Official telegram','CĐ',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',40),
  ('BAN_GHI_NHO','administrative','Bản ghi nhớ','Memorandum of understanding','BGN',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',41),
  ('BAN_THOA_THUAN','administrative','Bản thỏa thuận','Agreement','BTT',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',42),
  ('GIAY_UY_QUYEN','administrative','Giấy ủy quyền','Letter of authorisation','GUQ',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',43),
  ('GIAY_MOI','administrative','Giấy mời','Invitation','GM',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',44),
  ('GIAY_GIOI_THIEU','administrative','Giấy giới thiệu','Letter of introduction','GGT',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',45),
  ('GIAY_NGHI_PHEP','administrative','Giấy nghỉ phép','Leave permit','GNP',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',46),
  ('PHIEU_GUI','administrative','Phiếu gửi','Transmittal slip','PG',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',47),
  ('PHIEU_CHUYEN','administrative','Phiếu chuyển','Forwarding slip','PC',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',48),
  ('PHIEU_BAO','administrative','Phiếu báo','Notification slip','PB',NULL,'Decree 30/2020/NĐ-CP Art.7 + App.III',49),
  ('THU_CONG','administrative','Thư công','Official letter (public correspondence)',NULL,NULL,'Decree 30/2020/NĐ-CP Art.7; not in App.III abbreviation list as seen',50),
  ('BAN_SAO_Y','administrative','Bản sao y','Certified true copy','SY',NULL,'Decree 30/2020/NĐ-CP App.III (copies)',51),
  ('BAN_TRICH_SAO','administrative','Bản trích sao','Extract copy','TrS',NULL,'Decree 30/2020/NĐ-CP App.III (copies)',52),
  ('BAN_SAO_LUC','administrative','Bản sao lục','Transcribed copy','SL',NULL,'Decree 30/2020/NĐ-CP App.III (copies)',53);

-- Issuing bodies. `notation` is the abbreviation that ends a document number (63/2022/NĐ-CP → CP);
-- `eli_agent` is the agent segment of ELI URIs (shared/reference/domain-notes.md §1.1).
CREATE TABLE legaldocs.issuer (
  code       text PRIMARY KEY,
  name_vi    text NOT NULL,
  name_en    text,
  notation   text,
  level      text NOT NULL CHECK (level IN ('party', 'central', 'ministry', 'province', 'commune', 'internal')),
  eli_agent  text NOT NULL UNIQUE,
  province   text REFERENCES platform.province(key),
  sort       int NOT NULL DEFAULT 1000
);
INSERT INTO legaldocs.issuer (code, name_vi, name_en, notation, level, eli_agent, sort) VALUES
  ('QH',      'Quốc hội', 'National Assembly', 'QH', 'central', 'qh', 1),
  ('UBTVQH',  'Ủy ban Thường vụ Quốc hội', 'Standing Committee of the National Assembly', 'UBTVQH', 'central', 'ubtvqh', 2),
  ('CTN',     'Chủ tịch nước', 'President', 'CTN', 'central', 'ctn', 3),
  ('CP',      'Chính phủ', 'Government', 'CP', 'central', 'cp', 4),
  ('TTG',     'Thủ tướng Chính phủ', 'Prime Minister', 'TTg', 'central', 'ttg', 5),
  ('BNV',     'Bộ Nội vụ', 'Ministry of Home Affairs', 'BNV', 'ministry', 'bnv', 10),
  ('BTP',     'Bộ Tư pháp', 'Ministry of Justice', 'BTP', 'ministry', 'btp', 11),
  ('BTC',     'Bộ Tài chính', 'Ministry of Finance', 'BTC', 'ministry', 'btc', 12),
  ('BCA',     'Bộ Công an', 'Ministry of Public Security', 'BCA', 'ministry', 'bca', 13),
  ('BQP',     'Bộ Quốc phòng', 'Ministry of National Defence', 'BQP', 'ministry', 'bqp', 14),
  ('BGDDT',   'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'BGDĐT', 'ministry', 'bgddt', 15),
  ('BYT',     'Bộ Y tế', 'Ministry of Health', 'BYT', 'ministry', 'byt', 16),
  ('BKHCN',   'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology', 'BKHCN', 'ministry', 'bkhcn', 17),
  ('BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch', 'Ministry of Culture, Sports and Tourism', 'BVHTTDL', 'ministry', 'bvhttdl', 18),
  ('BNG',     'Bộ Ngoại giao', 'Ministry of Foreign Affairs', 'BNG', 'ministry', 'bng', 19),
  ('TTCP',    'Thanh tra Chính phủ', 'Government Inspectorate', 'TTCP', 'ministry', 'ttcp', 20),
  ('VPCP',    'Văn phòng Chính phủ', 'Government Office', 'VPCP', 'ministry', 'vpcp', 21),
  ('TANDTC',  'Tòa án nhân dân tối cao', 'Supreme People''s Court', 'TANDTC', 'central', 'tandtc', 22),
  ('VKSNDTC', 'Viện kiểm sát nhân dân tối cao', 'Supreme People''s Procuracy', 'VKSNDTC', 'central', 'vksndtc', 23),
  ('BCT_DANG','Bộ Chính trị', 'Politburo', 'TW', 'party', 'bct-tw', 30),
  ('BCSD_BNV','Ban Cán sự Đảng Bộ Nội vụ', 'Party Committee of the Ministry of Home Affairs', 'BCSĐ', 'party', 'bcsd-bnv', 31),
  ('BCD_CDS_BNV', 'Ban Chỉ đạo xây dựng Chính phủ điện tử, Chuyển đổi số của Bộ Nội vụ', 'Steering Committee for e-Government and Digital Transformation of the Ministry of Home Affairs', 'BCĐCPĐTCSĐS', 'internal', 'bcd-cds-bnv', 32);

-- People's Committees and People's Councils of every provincial unit, before and after the 2025 merger
-- (era marker in the ELI agent: t44-ubnd is Quảng Bình before 2025-07-01, t44n-ubnd the new Quảng Trị).
INSERT INTO legaldocs.issuer (code, name_vi, name_en, notation, level, eli_agent, province, sort)
SELECT 'UBND_' || p.key,
       'Ủy ban nhân dân ' || lower(left(p.full_name, 1)) || substr(p.full_name, 2),
       'People''s Committee of ' || p.name,
       'UBND', 'province', lower(p.key) || '-ubnd', p.key, 100
  FROM platform.province p
UNION ALL
SELECT 'HDND_' || p.key,
       'Hội đồng nhân dân ' || lower(left(p.full_name, 1)) || substr(p.full_name, 2),
       'People''s Council of ' || p.name,
       'HĐND', 'province', lower(p.key) || '-hdnd', p.key, 200
  FROM platform.province p;

-- Fields of activity (lĩnh vực) of the ministry, after its 2025 merger with the Ministry of Labour, Invalids
-- and Social Affairs. Our own code list (no official one was found; see shared/reference/README.md).
CREATE TABLE legaldocs.field (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text,
  sort     int NOT NULL
);
INSERT INTO legaldocs.field VALUES
  ('TO_CHUC_BO_MAY',     'Tổ chức bộ máy hành chính nhà nước', 'Organisation of the state administration', 1),
  ('CAN_BO_CONG_CHUC',   'Cán bộ, công chức, viên chức', 'Cadres, civil servants and public employees', 2),
  ('TIEN_LUONG',         'Tiền lương', 'Salaries', 3),
  ('CHINH_QUYEN_DP',     'Chính quyền địa phương', 'Local government', 4),
  ('DIA_GIOI_HC',        'Địa giới đơn vị hành chính', 'Administrative boundaries', 5),
  ('CAI_CACH_HC',        'Cải cách hành chính', 'Public administration reform', 6),
  ('THI_DUA_KHEN_THUONG','Thi đua, khen thưởng', 'Emulation and commendation', 7),
  ('TIN_NGUONG_TON_GIAO','Tín ngưỡng, tôn giáo', 'Beliefs and religion', 8),
  ('VAN_THU_LUU_TRU',    'Văn thư, lưu trữ', 'Records management and archives', 9),
  ('HOI_QUY',            'Hội, quỹ, tổ chức phi chính phủ', 'Associations, funds and non-governmental organisations', 10),
  ('THANH_NIEN',         'Công tác thanh niên', 'Youth affairs', 11),
  ('LAO_DONG_VIEC_LAM',  'Lao động, việc làm', 'Labour and employment', 12),
  ('BAO_HIEM_XA_HOI',    'Bảo hiểm xã hội', 'Social insurance', 13),
  ('AN_TOAN_LAO_DONG',   'An toàn, vệ sinh lao động', 'Occupational safety and health', 14),
  ('CHUYEN_DOI_SO',      'Chuyển đổi số, Chính phủ điện tử', 'Digital transformation and e-government', 15),
  ('THANH_TRA',          'Thanh tra, khiếu nại, tố cáo', 'Inspection, complaints and denunciations', 16);

-- Validity statuses (tình trạng hiệu lực) with their ELI InForce concept (shared/reference/legal-status-eli.csv).
CREATE TABLE legaldocs.validity_status (
  code          text PRIMARY KEY,
  name_vi       text NOT NULL,
  name_en       text,
  eli_in_force  text,
  note          text,
  sort          int NOT NULL
);
INSERT INTO legaldocs.validity_status VALUES
  ('in_force',              'Còn hiệu lực',            'In force',                   'InForce-inForce',          NULL, 1),
  ('partially_in_force',    'Hết hiệu lực một phần',   'Partially no longer in force','InForce-partiallyInForce', NULL, 2),
  ('not_in_force',          'Hết hiệu lực toàn bộ',    'No longer in force',         'InForce-notInForce',       'expiry_date gives eli:date_no_longer_in_force', 3),
  ('not_yet_in_force',      'Chưa có hiệu lực',        'Not yet in force',           'InForce-notInForce',       'effective_date is in the future', 4),
  ('suspended',             'Ngưng hiệu lực',          'Suspended',                  'InForce-notInForce',       NULL, 5),
  ('partially_suspended',   'Ngưng hiệu lực một phần', 'Partially suspended',        'InForce-partiallyInForce', NULL, 6),
  ('no_longer_appropriate', 'Không còn phù hợp',       'No longer appropriate',      NULL,                       'review status; no ELI equivalent', 7),
  ('unknown',               'Chưa xác định',           'Unknown',                    NULL,                       NULL, 8);

-- Relation types between documents, forward form stored, inverse derived (shared/reference/vbpl-relations-eli.csv).
CREATE TABLE legaldocs.relation_type (
  code          text PRIMARY KEY,
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  inverse_code  text NOT NULL UNIQUE,
  inverse_vi    text NOT NULL,
  inverse_en    text NOT NULL,
  eli_property  text,
  sort          int NOT NULL
);
INSERT INTO legaldocs.relation_type VALUES
  ('amends',            'Sửa đổi',                 'Amends',              'amended_by',            'Được sửa đổi bởi',          'Amended by',              'eli:amends', 1),
  ('supplements',       'Bổ sung',                 'Supplements',         'supplemented_by',       'Được bổ sung bởi',          'Supplemented by',         'eli:amends', 2),
  ('replaces',          'Thay thế',                'Replaces',            'replaced_by',           'Bị thay thế bởi',           'Replaced by',             'eli:repeals', 3),
  ('repeals',           'Bãi bỏ (hết hiệu lực)',   'Repeals',             'repealed_by',           'Bị bãi bỏ bởi',             'Repealed by',             'eli:repeals', 4),
  ('partially_repeals', 'Bãi bỏ một phần',         'Partially repeals',   'partially_repealed_by', 'Bị bãi bỏ một phần bởi',    'Partially repealed by',   'eli:changes', 5),
  ('details',           'Hướng dẫn, quy định chi tiết', 'Details / guides', 'detailed_by',        'Được hướng dẫn, quy định chi tiết bởi', 'Detailed / guided by', 'moha:details', 6),
  ('based_on',          'Căn cứ',                  'Based on',            'basis_for',             'Là căn cứ của',             'Basis for',               'eli:based_on', 7),
  ('cites',             'Dẫn chiếu',               'Cites',               'cited_by',              'Được dẫn chiếu bởi',        'Cited by',                'eli:cites', 8),
  ('suspends',          'Đình chỉ',                'Suspends',            'suspended_by',          'Bị đình chỉ bởi',           'Suspended by',            'moha:suspends', 9),
  ('related_to',        'Liên quan',               'Related to',          'related_to',    'Liên quan',                 'Related to',              'eli:related_to', 10);

-- Names of a document's type and issuer for the search vector, so that "nghi dinh" finds every Nghị định and
-- "bo noi vu" every document of the ministry. Declared IMMUTABLE so that the generated column can use it: the
-- code lists change only through migrations, and a migration that renames a code must REINDEX/refresh the column.
CREATE FUNCTION legaldocs.search_names(type_code text, issuer_code text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce((SELECT name_vi FROM legaldocs.doc_type WHERE code = type_code), '') || ' ' ||
         coalesce((SELECT name_vi FROM legaldocs.issuer WHERE code = issuer_code), '')
$$;

CREATE TABLE legaldocs.document (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  number          text NOT NULL,
  issuer_code     text NOT NULL REFERENCES legaldocs.issuer(code),
  type_code       text NOT NULL REFERENCES legaldocs.doc_type(code),
  title           text NOT NULL,
  signer_name     text,
  signer_title    text,
  issued_date     date NOT NULL,
  effective_date  date,
  expiry_date     date,
  status_code     text NOT NULL REFERENCES legaldocs.validity_status(code),
  fields          text[] NOT NULL DEFAULT '{}',
  summary         text,
  full_text       text,
  origin          text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'handbook', 'generated')),
  version         int NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  modified_at     timestamptz NOT NULL DEFAULT now(),
  search          tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', platform.vn_fold(number)), 'A') ||
                    setweight(to_tsvector('simple', platform.vn_fold(title)), 'A') ||
                    setweight(to_tsvector('simple', platform.vn_fold(legaldocs.search_names(type_code, issuer_code))), 'B') ||
                    setweight(to_tsvector('simple', platform.vn_fold(coalesce(summary, ''))), 'B') ||
                    setweight(to_tsvector('simple', platform.vn_fold(left(coalesce(full_text, ''), 200000))), 'D')) STORED,
  CONSTRAINT document_number_per_issuer UNIQUE (issuer_code, number),
  CONSTRAINT document_effective_after_issued CHECK (effective_date IS NULL OR effective_date >= issued_date),
  CONSTRAINT document_expiry_after_effective CHECK (expiry_date IS NULL OR expiry_date >= coalesce(effective_date, issued_date))
);
CREATE INDEX document_issued_idx  ON legaldocs.document (issued_date DESC, id DESC);
CREATE INDEX document_number_idx  ON legaldocs.document (number, id);
CREATE INDEX document_type_idx    ON legaldocs.document (type_code, issued_date DESC, id DESC);
CREATE INDEX document_issuer_idx  ON legaldocs.document (issuer_code, issued_date DESC, id DESC);
CREATE INDEX document_status_idx  ON legaldocs.document (status_code, issued_date DESC, id DESC);
CREATE INDEX document_fields_idx  ON legaldocs.document USING gin (fields);
CREATE INDEX document_search_idx  ON legaldocs.document USING gin (search);
CREATE INDEX document_modified_idx ON legaldocs.document (modified_at, id);

CREATE TABLE legaldocs.attachment (
  document_id  bigint NOT NULL REFERENCES legaldocs.document(id) ON DELETE CASCADE,
  ord          int NOT NULL,
  name         text NOT NULL,
  media_type   text NOT NULL,
  size         bigint NOT NULL CHECK (size >= 0),
  checksum     text,
  PRIMARY KEY (document_id, ord)
);

CREATE TABLE legaldocs.relation (
  source_id  bigint NOT NULL REFERENCES legaldocs.document(id) ON DELETE CASCADE,
  type_code  text NOT NULL REFERENCES legaldocs.relation_type(code),
  target_id  bigint NOT NULL REFERENCES legaldocs.document(id) ON DELETE CASCADE,
  PRIMARY KEY (source_id, type_code, target_id),
  CONSTRAINT relation_not_self CHECK (source_id <> target_id)
);
CREATE INDEX relation_target_idx ON legaldocs.relation (target_id);

-- The open views: the only things the API and the open outputs read.
CREATE VIEW legaldocs.open_document AS
SELECT d.id, d.number, t.kind, d.type_code, t.name_vi AS type_vi, t.name_en AS type_en,
       d.title, d.issuer_code, i.name_vi AS issuer_vi, i.name_en AS issuer_en,
       d.signer_name, d.signer_title, d.issued_date, d.effective_date, d.expiry_date,
       d.status_code, s.name_vi AS status_vi, s.name_en AS status_en,
       d.fields, d.summary, d.full_text, d.origin, d.version, d.created_at, d.modified_at, d.search
  FROM legaldocs.document d
  JOIN legaldocs.doc_type t ON t.code = d.type_code
  JOIN legaldocs.issuer i ON i.code = d.issuer_code
  JOIN legaldocs.validity_status s ON s.code = d.status_code;

CREATE VIEW legaldocs.open_attachment AS
SELECT document_id, ord, name, media_type, size, checksum FROM legaldocs.attachment;

CREATE VIEW legaldocs.open_relation AS
SELECT r.source_id, r.type_code, r.target_id, rt.name_vi, rt.name_en, rt.inverse_code, rt.inverse_vi, rt.inverse_en
  FROM legaldocs.relation r JOIN legaldocs.relation_type rt ON rt.code = r.type_code;
