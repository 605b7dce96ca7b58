package de.lenkwerk.dashboard;

import de.lenkwerk.action.ActionFigures.BodyLights;
import de.lenkwerk.action.ActionFigures.DisagreementItem;
import de.lenkwerk.action.ActionFigures.IndicatorStanding;
import de.lenkwerk.action.ActionFigures.KeyFigures;
import de.lenkwerk.action.ActionFigures.Matrix;
import de.lenkwerk.action.ActionFigures.RecentChange;

import java.util.List;

/** What a dashboard shows; the figures themselves are the action module's records ({@link de.lenkwerk.action.ActionFigures}). */
public final class DashboardRecords {

    private DashboardRecords() {
    }

    public record Overview(KeyFigures figures, List<BodyLights> lights, Matrix matrix, List<IndicatorStanding> indicators,
                           List<RecentChange> recentChanges, List<DisagreementItem> disagreements) {
    }
}
