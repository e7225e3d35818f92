package fr.centressociaux.portail.trainings.internal;

import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** Catalogue pages: the filter, published entries only unless staff, optionally within some ids. */
public interface TrainingQueries {

    List<Training> findPage(TrainingFilter filter, boolean includeUnpublished, @Nullable Collection<String> ids,
            Pageable pageable);

    long count(TrainingFilter filter, boolean includeUnpublished, @Nullable Collection<String> ids);

    /** Ids of the published trainings. */
    List<String> publishedIds();

    /** The catalogue years that have at least one (published, unless staff) training, newest first. */
    List<Integer> years(boolean includeUnpublished);
}
