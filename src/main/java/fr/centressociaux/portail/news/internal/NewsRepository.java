package fr.centressociaux.portail.news.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.news.NewsItem;
import fr.centressociaux.portail.news.NewsSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface NewsRepository extends MongoRepository<NewsItem, String> {

    /** Newest first; the id breaks ties so pages never overlap. */
    List<NewsItem> findAllByOrderByDateDescIdDesc(Pageable pageable);

    /** Dated in the period, both days included, oldest first, as a newsletter announces them. */
    @Query(value = "{ 'source': ?0, 'date': { $gte: ?1, $lte: ?2 } }", sort = "{ 'date': 1, '_id': 1 }")
    List<NewsItem> findDated(NewsSource source, LocalDate from, LocalDate to, Pageable pageable);
}
