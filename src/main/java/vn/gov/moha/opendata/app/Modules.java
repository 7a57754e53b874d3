package vn.gov.moha.opendata.app;

import java.util.List;
import vn.gov.moha.opendata.datasets.archive.ArchiveRdf;
import vn.gov.moha.opendata.datasets.associations.AssociationsRdf;
import vn.gov.moha.opendata.datasets.awards.AwardsRdf;
import vn.gov.moha.opendata.datasets.civilservants.CivilServantsRdf;
import vn.gov.moha.opendata.datasets.elearning.CompletionsRdf;
import vn.gov.moha.opendata.datasets.elearning.CoursesRdf;
import vn.gov.moha.opendata.datasets.feedback.FeedbackRdf;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocsRdf;
import vn.gov.moha.opendata.datasets.parindex.ParIndexRdf;
import vn.gov.moha.opendata.datasets.procedures.ProceduresRdf;
import vn.gov.moha.opendata.datasets.reporting.ReportingRdf;
import vn.gov.moha.opendata.datasets.voffice.VOfficeRdf;
import vn.gov.moha.opendata.datasets.talent.TalentRdf;
import vn.gov.moha.opendata.opendata.DatasetModule;

/** The datasets published as linked data (the composition root's list; the open-data layer sees only the SPI). */
public final class Modules {
  public static final List<DatasetModule> ALL = List.of(new LegalDocsRdf(), new AssociationsRdf(),
    new AwardsRdf(), new FeedbackRdf(), new ParIndexRdf(), new ProceduresRdf(), new ReportingRdf(), new ArchiveRdf(),
    new VOfficeRdf(), new CivilServantsRdf(), new TalentRdf(), new CoursesRdf(), new CompletionsRdf());

  private Modules() {
  }
}
