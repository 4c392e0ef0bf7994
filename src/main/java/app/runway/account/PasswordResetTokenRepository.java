package app.runway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface PasswordResetTokenRepository extends Repository<PasswordResetToken, Long> {

    PasswordResetToken save(PasswordResetToken token);

    @EntityGraph(attributePaths = "account")
    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    List<PasswordResetToken> findByAccountAndUsedAtIsNull(UserAccount account);
}
